// One cheap scan per sentence decides which parsers can match at all: most
// sentences of a news story have no month, weekday or time unit, and a parser
// whose cue is missing is not run. The scan runs on every sentence, so its
// word list is compiled into one regex shaped as a trie (common prefixes
// factored: "mon(?:day|th)"), which the regex engine walks with one test per
// character instead of one per word. A word counts for the class of the first
// listed stem it begins with ("nightly" and "monthly" are set words, not a part
// of the day or a unit); month and weekday names must be capitalised ("may"
// and "march" are a modal and a verb), and month abbreviations whole ("jan",
// not "janitor").

export const CUE = {
  DIGIT: 1,
  UNIT: 2,
  MONTH: 4,
  WEEKDAY: 8,
  DEICTIC: 16,
  SEASON: 32,
  SET: 64,
  HOLIDAY: 128,
  PART_OF_DAY: 256,
  NUMBER_WORD: 512,
  DECADE: 1024,
  QUARTER: 2048,
  /** Digits read as a clock time: "10:35", "5 p.m.", "9 o'clock". */
  CLOCK: 4096,
  /** Four digits that can be a year (1000-2099). */
  YEAR: 8192,
  /** Digits joined to more by a dash or slash: "1996-08-30", "8/30/96", "2009-10". */
  JOIN: 16384,
} as const;

type Stem = [word: string, cue: number, whole: boolean];
const list = (words: string, cue: number, whole = false): Stem[] => words.split(' ').map((w) => [w, cue, whole]);

// In priority order.
const STEMS: Stem[] = [
  ...list('quarter half', CUE.QUARTER),
  // Before the units they start with: "monthly" is a set word.
  ...list('daily weekly monthly annually yearly hourly nightly biweekly fortnightly semiannually semi-annually', CUE.SET),
  ...list('day week month year decade centur hour minute fortnight period term seconds', CUE.UNIT),
  ...list('january february march april may june july august september october november december', CUE.MONTH),
  ...list('jan feb mar apr jun jul aug sept sep oct nov dec', CUE.MONTH, true),
  ...list('monday tuesday wednesday thursday friday saturday sunday', CUE.WEEKDAY),
  // Before "time": "three times a year" is a set.
  ...list('once twice thrice times', CUE.SET),
  ...list(
    'today tomorrow tonight yesterday now current recent past future soon lately nowadays present ago earlier later latest late early time moment',
    CUE.DEICTIC,
  ),
  ...['near term', 'short term', 'long term'].map((w): Stem => [w, CUE.DEICTIC, false]),
  ...list('spring summer fall autumn winter', CUE.SEASON),
  ...list('every each per', CUE.SET),
  ...list(
    'christmas thanksgiving easter halloween independence labor memorial election valentine boxing veterans presidents mother father columbus armistice remembrance',
    CUE.HOLIDAY,
  ),
  ...['new year', 'good friday', 'martin luther', 'st. patrick', 'the fourth of july'].map((w): Stem => [w, CUE.HOLIDAY, false]),
  ...list('noon midnight morning afternoon evening night midday overnight mid-afternoon', CUE.PART_OF_DAY),
  ...list('nineteen eighteen twenty thousand eighties nineties seventies sixties fifties forties thirties twenties', CUE.NUMBER_WORD),
];

// The class credited when the longest stem matched is `word`: that of the first
// listed stem it begins with.
const CLASS = new Map<string, number>();
for (const [word] of STEMS) {
  const first = STEMS.find(([w, , whole]) => (whole ? w === word : word.startsWith(w)));
  CLASS.set(word, first![1]);
}

interface Node {
  next: Map<string, Node>;
  end: boolean;
  whole: boolean;
}
const node = (): Node => ({ next: new Map(), end: false, whole: false });
const root = node();
for (const [word, , whole] of STEMS) {
  let n = root;
  for (const ch of word) {
    if (!n.next.has(ch)) n.next.set(ch, node());
    n = n.next.get(ch)!;
  }
  n.end = true;
  n.whole ||= whole;
}
const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
/** The trie under `n` as a regex source: the longest stem wins (children before the end). */
function trie(n: Node): string {
  const alts = [...n.next].map(([ch, child]) => escape(ch) + trie(child));
  const stop = n.whole ? '\\b' : '';
  if (alts.length === 0) return stop;
  const body = alts.length === 1 ? alts[0] : `(?:${alts.join('|')})`;
  return n.end ? `(?:${body}|${stop})` : body;
}

const CUE_RE = new RegExp(`(\\d*0['’]?s\\b)|(\\d+)|\\b(${trie(root)})`, 'g');

const BITS = 15;

// After digits: a clock time's "a.m.", "pm", "o'clock".
const CLOCK_AFTER = /\s*(?:[ap]\.?\s?m\b|o['’]clock)/y;

/** What a run of digits in `lower` ending at `end` can be, beyond a number. */
function digitCues(lower: string, start: number, end: number): number {
  let add = CUE.DIGIT;
  const first = lower.charCodeAt(start);
  if (end - start === 4 && (first === 49 || (first === 50 && lower.charCodeAt(start + 1) === 48))) add |= CUE.YEAR;
  let k = end;
  while (lower.charCodeAt(k) === 32) k++;
  const c = lower.charCodeAt(k);
  if (c === 58 && k === end) add |= CUE.CLOCK; // "10:35"
  else if (c === 45 || c === 47 || c === 8211) add |= CUE.JOIN; // - / –
  else {
    CLOCK_AFTER.lastIndex = end;
    if (CLOCK_AFTER.test(lower)) add |= CUE.CLOCK;
  }
  return add;
}

/**
 * Where each cue class first occurs in the last text `cuesOf` scanned: a
 * parser's match contains one of its cue words, so it cannot start much
 * before the first of them (see `DateParser.reach`). Indexed by bit number.
 */
export const firstCue = new Int32Array(BITS);

/** The bitmask of cue classes present in `text`; fills `firstCue`. */
export function cuesOf(text: string, lower = text.toLowerCase()): number {
  let mask = 0;
  // A case-sensitive scan of the lower-cased text is much faster than a case-insensitive one.
  CUE_RE.lastIndex = 0;
  for (let m = CUE_RE.exec(lower); m; m = CUE_RE.exec(lower)) {
    let add: number;
    if (m[1] !== undefined) add = CUE.DECADE | CUE.DIGIT;
    else if (m[2] !== undefined) add = digitCues(lower, m.index, m.index + m[2].length);
    else {
      add = CLASS.get(m[3]) ?? 0;
      // Month and weekday names are capitalised in news; lower-case "may" and "march" are a modal and a verb.
      if ((add === CUE.MONTH || add === CUE.WEEKDAY) && text.charCodeAt(m.index) > 90) continue;
    }
    if ((mask & add) !== add) {
      for (let b = 0; b < BITS; b++) if (add & (1 << b) && !(mask & (1 << b))) firstCue[b] = m.index;
      mask |= add;
    }
  }
  return mask;
}
