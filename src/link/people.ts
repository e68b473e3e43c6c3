import { nameKey, sameKey } from './similar.js';

const FUZZY_SCAN_LIMIT = 200;
/**
 * People sharing one surname key whose forms a new full form is compared with, one by one. A
 * news story has a handful ("Boris Yeltsin", "Naina Yeltsin"); past this (a list of thousands of
 * "X Kovalenko") a full form joins only a person with its exact first-name and surname keys.
 */
const SURNAME_SCAN_LIMIT = 32;
/**
 * Distinct forms of one person that new mentions are compared with. A person is named in a few
 * ways ("Volodymyr Zelenskyy", "V. Zelenskyy", "President Zelenskiy" share keys); a chain of
 * one-letter variants could grow without end, so later ones only count towards the name.
 */
const MAX_FORMS = 16;

// Within-document coreference of person names. A person is a cluster of mentions:
// full forms ("Volodymyr Zelenskyy") that agree on the surname and the first name (up
// to spelling), and short forms (a surname or a first name alone) that agree with one
// full form — the nearest one before it, else the first one after ("a surname seen
// before the full name still links"). The canonical name is the fullest form, spelled
// as the document spells it most often (ties: the first).
//
// Linear in the mentions: a person keeps each distinct form once (a live blog names
// the same family thousands of times), and a short form finds its nearest full mention
// by binary search over the mentions of the people it can refer to, gathered once per
// spelling key.

/** One mention's words, with their spelling keys computed once (comparisons are many). */
interface Form {
  words: string[];
  keys: string[];
  /** The first word is an initial ("P."): it matches any first name with that letter. */
  initialFirst: boolean;
  /** The first word ends with a full stop ("Gen.", "P."): no first name to link a bare word to. */
  dottedFirst: boolean;
}

interface Person {
  /** Distinct forms (by what `sameFull` and `shortOf` read of them), at most MAX_FORMS. */
  forms: Form[];
  signatures: Set<string>;
  /** How often each full form is written, in order of first use, with its length in words. */
  names: Map<string, { count: number; words: number }>;
  /** Index of each of its full mentions, ascending, for "nearest before". */
  at: number[];
}

/** The full mentions of the people a short form can refer to, merged in document order. */
interface Referents {
  at: number[];
  who: Person[];
}

const INITIAL = /^\p{Lu}\.$/u;

function form(text: string): Form {
  const words = text.split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  return { words, keys: words.map(nameKey), initialFirst: INITIAL.test(first), dottedFirst: first.endsWith('.') };
}

/** Everything `sameFull` and `shortOf` read of a form: forms with one signature link alike. */
function signature(f: Form): string {
  return `${f.words.length === 2 ? 2 : 3}${f.initialFirst ? 1 : 0}${f.dottedFirst ? 1 : 0}${f.words[0][0]}\u0001${f.keys[0]}\u0001${f.keys[f.keys.length - 1]}`;
}

/** The exact first-name and surname keys, for a surname shared by more people than are scanned. */
function exactKey(f: Form): string {
  return `${f.initialFirst ? `.${f.words[0][0]}` : f.keys[0]}\u0001${f.keys[f.keys.length - 1]}`;
}

/** The canonical name of each mention text, in document order. */
export function linkPeople(texts: readonly string[]): string[] {
  if (texts.length === 0) return [];
  const forms = texts.map(form);
  const people: Person[] = [];
  const owner: (Person | null)[] = new Array<Person | null>(texts.length).fill(null);
  // Exact surname keys find most matches at once; the fuzzy scan runs only when they fail, and only
  // while the document names few enough people for it to stay cheap.
  const bySurname = new Map<string, Person[]>();
  const exact = new Map<string, Person>();
  const within = (key: string): Person[] => bySurname.get(key) ?? (people.length <= FUZZY_SCAN_LIMIT ? people : []);
  for (let k = 0; k < forms.length; k++) {
    const w = forms[k];
    if (w.words.length < 2) continue;
    const key = w.keys[w.keys.length - 1];
    const bucket = bySurname.get(key);
    const matches = (q: Person): boolean => q.forms.some((f) => sameFull(f, w));
    const p = bucket
      ? bucket.length <= SURNAME_SCAN_LIMIT
        ? bucket.find(matches)
        : exact.get(exactKey(w))
      : people.length <= FUZZY_SCAN_LIMIT
        ? people.find(matches)
        : undefined;
    let o: Person;
    if (p) o = p;
    else {
      o = { forms: [], signatures: new Set(), names: new Map(), at: [] };
      people.push(o);
    }
    addForm(o, w, k);
    if (!exact.has(exactKey(w))) exact.set(exactKey(w), o);
    owner[k] = o;
    if (!bucket) bySurname.set(key, [o]);
    // With a bucket, `p` came from it (or from `exact`, whose people are in it): only a new person is not.
    else if (!p) bucket.push(o);
  }
  if (people.length > 0) {
    // Who a one-word mention can refer to depends only on its key once every full form is known.
    const referents = new Map<string, Referents | null>();
    for (let k = 0; k < forms.length; k++) {
      const w = forms[k];
      if (w.words.length !== 1) continue;
      let r = referents.get(w.keys[0]);
      if (r === undefined) {
        r = gather(within(w.keys[0]).filter((p) => p.forms.some((f) => shortOf(w, f))));
        referents.set(w.keys[0], r);
      }
      owner[k] = r ? nearest(r, k) : null;
    }
  }
  const canonical = new Map(people.map((p) => [p, canonicalName(p)]));
  return texts.map((t, k) => {
    const p = owner[k];
    return p ? canonical.get(p)! : t;
  });
}

function addForm(p: Person, w: Form, k: number): void {
  p.at.push(k);
  const name = w.words.join(' ');
  const seen = p.names.get(name);
  if (seen) seen.count++;
  else p.names.set(name, { count: 1, words: w.words.length });
  if (p.forms.length >= MAX_FORMS) return;
  const sig = signature(w);
  if (p.signatures.has(sig)) return;
  p.signatures.add(sig);
  p.forms.push(w);
}

/** Two full forms of one person: same surname, and same first name or a matching initial. */
function sameFull(a: Form, b: Form): boolean {
  if (!sameKey(a.keys[a.keys.length - 1], b.keys[b.keys.length - 1])) return false;
  if (a.initialFirst || b.initialFirst) return a.words[0][0] === b.words[0][0];
  return sameKey(a.keys[0], b.keys[0]);
}

/** A one-word mention of a full form: its surname, or (less often) its first name. */
function shortOf(w: Form, full: Form): boolean {
  const key = w.keys[0];
  return sameKey(key, full.keys[full.keys.length - 1]) || (full.words.length === 2 && sameKey(key, full.keys[0]) && !full.dottedFirst);
}

function gather(candidates: Person[]): Referents | null {
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return { at: candidates[0].at, who: [candidates[0]] };
  const pairs: [number, Person][] = [];
  for (const p of candidates) for (const at of p.at) pairs.push([at, p]);
  pairs.sort((a, b) => a[0] - b[0]);
  return { at: pairs.map((x) => x[0]), who: pairs.map((x) => x[1]) };
}

/** The person of the nearest full mention before mention k, else of the first one after it. */
function nearest(r: Referents, k: number): Person {
  // The last full mention before k (mention indexes are unique: no ties).
  let lo = 0;
  let hi = r.at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (r.at[mid] < k) lo = mid + 1;
    else hi = mid;
  }
  return r.who.length === 1 ? r.who[0] : r.who[lo > 0 ? lo - 1 : 0];
}

function canonicalName(p: Person): string {
  let longest = 0;
  for (const n of p.names.values()) if (n.words > longest) longest = n.words;
  let best = '';
  let count = 0;
  for (const [name, n] of p.names) if (n.words === longest && n.count > count) [best, count] = [name, n.count];
  return best;
}
