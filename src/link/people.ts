import { nameKey, sameKey } from './similar.js';

const FUZZY_SCAN_LIMIT = 200;

// Within-document coreference of person names. A person is a cluster of mentions:
// full forms ("Volodymyr Zelenskyy") that agree on the surname and the first name (up
// to spelling), and short forms (a surname or a first name alone) that agree with one
// full form — the nearest one before it, else the first one after ("a surname seen
// before the full name still links"). The canonical name is the fullest form, spelled
// as the document spells it most often (ties: the first).

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
  forms: Form[];
  /** Index of the first mention of each full form, for "nearest before". */
  at: number[];
}

const INITIAL = /^\p{Lu}\.$/u;

function form(text: string): Form {
  const words = text.split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  return { words, keys: words.map(nameKey), initialFirst: INITIAL.test(first), dottedFirst: first.endsWith('.') };
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
  const within = (key: string): Person[] => bySurname.get(key) ?? (people.length <= FUZZY_SCAN_LIMIT ? people : []);
  for (let k = 0; k < forms.length; k++) {
    const w = forms[k];
    if (w.words.length < 2) continue;
    const key = w.keys[w.keys.length - 1];
    const p = within(key).find((q) => q.forms.some((f) => sameFull(f, w)));
    let o: Person;
    if (p) {
      p.forms.push(w);
      p.at.push(k);
      o = p;
    } else {
      o = { forms: [w], at: [k] };
      people.push(o);
    }
    owner[k] = o;
    const list = bySurname.get(key);
    if (!list) bySurname.set(key, [o]);
    else if (!list.includes(o)) list.push(o);
  }
  if (people.length > 0) {
    for (let k = 0; k < forms.length; k++) {
      const w = forms[k];
      if (w.words.length !== 1) continue;
      owner[k] = nearest(within(w.keys[0]).filter((p) => p.forms.some((f) => shortOf(w, f))), k);
    }
  }
  const canonical = new Map(people.map((p) => [p, canonicalName(p)]));
  return texts.map((t, k) => {
    const p = owner[k];
    return p ? canonical.get(p)! : t;
  });
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

function nearest(candidates: Person[], k: number): Person | null {
  let best: Person | null = null;
  let bestAt = -Infinity;
  for (const p of candidates) {
    for (const at of p.at) if (at < k && at > bestAt) [best, bestAt] = [p, at];
  }
  if (best) return best;
  let first = Infinity;
  for (const p of candidates) if (p.at[0] < first) [best, first] = [p, p.at[0]];
  return best;
}

function canonicalName(p: Person): string {
  const longest = Math.max(...p.forms.map((f) => f.words.length));
  const counts = new Map<string, number>();
  for (const f of p.forms) {
    if (f.words.length !== longest) continue;
    const name = f.words.join(' ');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best = '';
  let n = 0;
  for (const [name, c] of counts) if (c > n) [best, n] = [name, c];
  return best;
}
