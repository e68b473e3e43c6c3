// Small look-arounds shared by parsers and refiners: the words just before
// and after a span, read with sticky patterns so no sentence is re-scanned.

/**
 * Letters, as a character-class body: Latin, Greek, Cyrillic. Spelled out
 * because a regex with the `u` flag (needed for \p{L}) runs several times
 * slower in V8, and these patterns run on every candidate number.
 */
export const L = String.raw`A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF`;

/** A regex from a raw template, so `${L}` can be spliced into character classes: rx('i')`[${L}]+`. */
export function rx(flags: string): (strings: TemplateStringsArray, ...values: string[]) => RegExp {
  return (strings, ...values) => new RegExp(String.raw(strings, ...values), flags);
}

const WORD_AFTER = rx('y')`\s*([${L}](?:[${L}'’-]|\.(?=[${L}]))*)`;

export interface Word {
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

// Several filters look at the same neighbours of one amount in turn (not-in-names,
// not-dates, qualifier): the last answer of each look-up is kept and reused.
let afterKey: { text: string; pos: number; word: Word | null } = { text: '', pos: -1, word: null };
let beforeKey: { text: string; pos: number; word: Word | null } = { text: '', pos: -1, word: null };

/** The word right after `pos` (skipping spaces), with its offsets; null at punctuation or end. */
export function wordAfter(text: string, pos: number): Word | null {
  if (afterKey.pos === pos && afterKey.text === text) return afterKey.word;
  WORD_AFTER.lastIndex = pos;
  const m = WORD_AFTER.exec(text);
  const end = m ? pos + m[0].length : 0;
  const word = m ? { word: m[1], start: end - m[1].length, end } : null;
  afterKey = { text, pos, word };
  return word;
}

/** The word right before `pos` (skipping spaces), or null. Scans back by hand: no regex anchored at the end. */
export function wordBefore(text: string, pos: number): Word | null {
  if (beforeKey.pos === pos && beforeKey.text === text) return beforeKey.word;
  let end = pos;
  while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
  // An abbreviation keeps its full stop: "Sept. 30", "No. 10".
  let start = text[end - 1] === '.' && isLetter(text[end - 2]) ? end - 1 : end;
  while (start > 0 && pos - start < 40) {
    const ch = text[start - 1];
    if (isLetter(ch) || ((ch === '.' || ch === "'" || ch === '’') && start < end - 1)) start--;
    else break;
  }
  while (start < end && !isLetter(text[start])) start++;
  const word = start < end ? { word: text.slice(start, end), start, end } : null;
  beforeKey = { text, pos, word };
  return word;
}

/** The spaces `wordBefore` skips. */
export function isSpaceCode(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
}

/**
 * Exactly the characters of the regex class `\s`, by code: a char test in a
 * loop is much cheaper than `/\s/.test(ch)` (one call and one string per char).
 */
export function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Only spaces (line breaks included) or one hyphen between `from` and `to`, and not many: the words touch. */
export function touching(text: string, from: number, to: number): boolean {
  if (to - from > 12) return false;
  let hyphens = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) hyphens++;
    else if (!isSpaceCode(c)) return false;
  }
  return hyphens <= 1;
}

/**
 * Whether `pos` follows spaces (at least one, as /\s+$/ sees them) that follow
 * `word` (lower-case ASCII, matched case-insensitively). A cheap necessary
 * condition checked before a look-back regex ending in "word\s+$" is run.
 */
export function afterWordAndSpace(text: string, pos: number, word: string): boolean {
  let i = pos - 1;
  if (!isRegexSpace(text.charCodeAt(i))) return false;
  while (i > 0 && isRegexSpace(text.charCodeAt(i))) i--;
  for (let k = word.length - 1; k >= 0; k--, i--) if ((text.charCodeAt(i) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/** Up to `n` characters before `pos`. */
export function before(text: string, pos: number, n: number): string {
  return text.slice(Math.max(0, pos - n), pos);
}

/** Up to `n` characters from `pos`. */
export function after(text: string, pos: number, n: number): string {
  return text.slice(pos, pos + n);
}

const LETTER = /\p{L}/u;
/** A letter: ASCII by arithmetic, the rest by Unicode property. */
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}

/** A capital A-Z (what /^[A-Z]/ tests on a string's first character). */
export function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * A word that is probably a plural noun: "citizens", "drones", "people". Used
 * where no tagger is run (a glued "m" before "1.5m barrels" is million).
 */
export function looksPlural(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(w)) return true;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && !NOT_PLURAL.has(w);
}

const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'troops', 'cattle', 'sheep', 'fish', 'feet', 'teeth', 'mice', 'geese', 'data', 'media', 'criteria']);
const NOT_PLURAL = new Set(['has', 'was', 'does', 'goes', 'its', 'this', 'thus', 'plus', 'less', 'unless', 'across', 'always', 'perhaps', 'whereas', 'afterwards', 'towards', 'besides', 'news', 'series', 'species', 'means', 'hers', 'ours', 'yours', 'theirs', 'says', 'sees', 'makes', 'takes', 'gives', 'comes', 'seems', 'becomes', 'remains']);
