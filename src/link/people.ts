import { nameKey, sameName } from './similar.js';

const FUZZY_SCAN_LIMIT = 200;

// Within-document coreference of person names. A person is a cluster of mentions:
// full forms ("Volodymyr Zelenskyy") that agree on the surname and the first name (up
// to spelling), and short forms (a surname or a first name alone) that agree with one
// full form — the nearest one before it, else the first one after ("a surname seen
// before the full name still links"). The canonical name is the fullest form, spelled
// as the document spells it most often (ties: the first).

interface Person {
  forms: string[][];
  /** Index of the first mention of each full form, for "nearest before". */
  at: number[];
}

/** The canonical name of each mention text, in document order. */
export function linkPeople(texts: readonly string[]): string[] {
  if (texts.length === 0) return [];
  const words = texts.map(split);
  const people: Person[] = [];
  const owner: (Person | null)[] = texts.map(() => null);
  // Exact surname keys find most matches at once; the fuzzy scan runs only when they fail, and only
  // while the document names few enough people for it to stay cheap.
  const bySurname = new Map<string, Person[]>();
  const within = (key: string): Person[] => bySurname.get(key) ?? (people.length <= FUZZY_SCAN_LIMIT ? people : []);
  words.forEach((w, k) => {
    if (w.length < 2) return;
    const key = nameKey(w[w.length - 1]);
    const p = within(key).find((q) => q.forms.some((f) => sameFull(f, w)));
    if (p) {
      p.forms.push(w);
      p.at.push(k);
      owner[k] = p;
    } else {
      const q = { forms: [w], at: [k] };
      people.push(q);
      owner[k] = q;
    }
    const list = bySurname.get(key);
    if (!list) bySurname.set(key, [owner[k]!]);
    else if (!list.includes(owner[k]!)) list.push(owner[k]!);
  });
  words.forEach((w, k) => {
    if (w.length !== 1 || people.length === 0) return;
    owner[k] = nearest(within(nameKey(w[0])).filter((p) => p.forms.some((f) => shortOf(w[0], f))), k);
  });
  const canonical = new Map(people.map((p) => [p, canonicalName(p)]));
  return texts.map((t, k) => {
    const p = owner[k];
    return p ? canonical.get(p)! : t;
  });
}

function split(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** Two full forms of one person: same surname, and same first name or a matching initial. */
function sameFull(a: string[], b: string[]): boolean {
  if (!sameName(a[a.length - 1], b[b.length - 1])) return false;
  const fa = a[0];
  const fb = b[0];
  if (/^\p{Lu}\.$/u.test(fa) || /^\p{Lu}\.$/u.test(fb)) return fa[0] === fb[0];
  return sameName(fa, fb);
}

/** A one-word mention of a full form: its surname, or (less often) its first name. */
function shortOf(word: string, full: string[]): boolean {
  return sameName(word, full[full.length - 1]) || (full.length === 2 && sameName(word, full[0]) && !/\.$/.test(full[0]));
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
  const longest = Math.max(...p.forms.map((f) => f.length));
  const counts = new Map<string, number>();
  for (const f of p.forms) if (f.length === longest) counts.set(f.join(' '), (counts.get(f.join(' ')) ?? 0) + 1);
  let best = '';
  let n = 0;
  for (const [name, c] of counts) if (c > n) [best, n] = [name, c];
  return best;
}
