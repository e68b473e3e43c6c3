import { isRegexSpace, L, rx } from '../context.js';
// Splits the text after a position into the atoms a spelled or written number
// is made of: words ("twenty", "million") and digit groups ("11,000", "2.5",
// "10k"). Stops at the first character that cannot continue a number, so the
// cost is bounded by the number's own length.

import { DENOMINATORS, ORDINALS, SCALES, SMALL_NUMBERS, TENS } from '../../../lexicon/number-words.js';

export interface Token {
  start: number;
  end: number;
  /** Lower-cased word, or null for a digit group. */
  word: string | null;
  /** The digit group's value (suffix scale applied), or null for a word. */
  num: number | null;
  /** The digit group has a decimal point. */
  decimal: boolean;
  /** The glued or spaced scale suffix of a digit group ("bn" in "2.5bn"), as its multiplier; 1 when none. */
  suffix: number;
  /** What separates this token from the previous one: '' (first), ' ', or '-' (a hyphen, maybe spaced). */
  sep: '' | ' ' | '-';
}

/**
 * A written number. Alternatives in order: Indian grouping ("12,34,567"),
 * comma thousands ("11,000"), space or thin-space thousands ("40 000"; each
 * group exactly three digits, so "423 0000" is two numbers), a decimal comma
 * ("5,00"), plain digits; then an optional decimal part.
 */
export const DIGITS =
  /[-−]?(?:\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+(?!,?\d)|\d+,\d\d(?![\d,])|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3}(?![\d,]))+|\d+|(?=\.\d))(?:\.\d+)?/y;

/**
 * Scale suffixes glued to digits: "2.5bn", "10k", "$600m", "1.2b", "10M".
 * A lone "m" is million only in money and before a plural noun (decided by
 * the digits parser); "G" (giga) needs two digits so "5G" stays a name.
 */
const GLUED_SUFFIX = rx('y')`(bn|mn|mln|bln|tn|trn|tln|k|K|m|M|b|B|G)(?![${L}0-9])`;
/** The same written apart: "2.33 k", "10 bln", "1,674.5 G". Lower-case "m" is metres here. */
const SPACED_SUFFIX = rx('y')`\s(bn|mn|mln|bln|tn|trn|tln|k|K|M|G)(?![${L}0-9'’])`;

export const SUFFIX_SCALE: ReadonlyMap<string, number> = new Map([
  ['k', 1e3], ['K', 1e3], ['m', 1e6], ['M', 1e6], ['mn', 1e6], ['mln', 1e6], ['b', 1e9], ['B', 1e9], ['bn', 1e9],
  ['bln', 1e9], ['G', 1e9], ['tn', 1e12], ['trn', 1e12], ['tln', 1e12],
]);

/** Every word a number can be built from; any other word ends a token run. */
export const NUMBER_TOKENS: ReadonlySet<string> = new Set([
  ...SMALL_NUMBERS.keys(), ...TENS.keys(), ...SCALES.keys(), ...ORDINALS.keys(), ...DENOMINATORS.keys(),
  'and', 'point', 'a', 'an', 'minus', 'negative', 'dozens', 'firsts', 'seconds',
]);
const MAX_TOKENS = 24;
/** The letters a scale suffix starts with (GLUED_SUFFIX, SPACED_SUFFIX): any other character rules both out. */
const SUFFIX_FIRST: ReadonlySet<number> = new Set([...'bmtkKMBG'].map((c) => c.charCodeAt(0)));

/** Whether a glued lower-case "m" is million; a function so the digits parser is asked only when there is one. */
export type GluedM = boolean | ((text: string, start: number) => boolean);

/** The value of a digit group as written ("11,000" → 11000, "5,00" → 5, "1 234.5" → 1234.5). */
export function digitValue(s: string): number {
  // Plain digits, with a sign or a decimal point: Number reads them (and gives NaN for the rest).
  const plain = Number(s);
  if (!Number.isNaN(plain)) return plain;
  let t = s.replace(/^−/, '-');
  if (/^-?\d+,\d\d$/.test(t)) t = t.replace(',', '.');
  return Number(t.replace(/[, \u00a0\u202f\u2009]/g, ''));
}

/** The digit group at `pos` (no scale suffix), or null. */
export function readDigits(text: string, pos: number): { end: number; value: number; decimal: boolean } | null {
  DIGITS.lastIndex = pos;
  const m = DIGITS.exec(text);
  if (!m || m[0] === '' || m[0] === '-') return null;
  return { end: pos + m[0].length, value: digitValue(m[0]), decimal: m[0].includes('.') || (m[0].includes(',') && /,\d\d$/.test(m[0])) };
}

/** Reads a scale suffix after a digit group from `start` to `pos`; `gluedM` allows a glued lower-case "m". */
export function readSuffix(text: string, pos: number, start: number, gluedM: GluedM): { end: number; scale: number } | null {
  const c = text.charCodeAt(pos);
  if (!SUFFIX_FIRST.has(c) && !(isRegexSpace(c) && SUFFIX_FIRST.has(text.charCodeAt(pos + 1)))) return null;
  GLUED_SUFFIX.lastIndex = pos;
  let m = GLUED_SUFFIX.exec(text);
  if (m && m[1] === 'm' && !(typeof gluedM === 'function' ? gluedM(text, start) : gluedM)) m = null;
  if (m && m[1] === 'G' && text.slice(start, pos).replace(/\D/g, '').length < 2) m = null;
  if (!m) {
    SPACED_SUFFIX.lastIndex = pos;
    m = SPACED_SUFFIX.exec(text);
  }
  return m ? { end: pos + m[0].length, scale: SUFFIX_SCALE.get(m[1])! } : null;
}

/**
 * Tokens from `pos`. Words and digit groups must be separated by spaces or a
 * hyphen ("twenty-one", "fifty - two" in tokenised text); anything else ends
 * the run. `gluedM` is passed to the suffix reader of the first digit group.
 */
export function lex(text: string, pos: number, gluedM: GluedM = false): Token[] {
  const out: Token[] = [];
  let p = pos;
  while (out.length < MAX_TOKENS && p < text.length) {
    let q = p;
    let sep: Token['sep'] = '';
    if (out.length > 0) {
      while (q < text.length && isRegexSpace(text.charCodeAt(q))) q++;
      if (text[q] === '-') {
        q++;
        while (q < text.length && isRegexSpace(text.charCodeAt(q))) q++;
        sep = '-';
      } else if (q > p) sep = ' ';
      else break;
    }
    let e = q;
    while (e < text.length && isAsciiLetter(text.charCodeAt(e))) e++;
    if (e > q) {
      const word = text.slice(q, e).toLowerCase();
      out.push({ start: q, end: e, word, num: null, decimal: false, suffix: 1, sep });
      p = e;
      // A word no number is made of ends the run (it is kept so the grammar sees what follows).
      if (!NUMBER_TOKENS.has(word)) break;
      continue;
    }
    const d = readDigits(text, q);
    if (!d) break;
    const suf = readSuffix(text, d.end, q, out.length === 0 ? gluedM : false);
    const end = suf ? suf.end : d.end;
    // A later digit group glued to letters ("1st", "5G") is a word of its own, not part of this number.
    if (out.length > 0 && isAsciiLetter(text.charCodeAt(end))) break;
    out.push({ start: q, end, word: null, num: suf ? d.value * suf.scale : d.value, decimal: d.decimal, suffix: suf ? suf.scale : 1, sep });
    p = end;
  }
  return out;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
