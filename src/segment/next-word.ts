import { isDigit, isLeadPunct, isLetter, isLower, isOpenBracket, isQuote, isSpace, isUpper } from './chars.js';
import { SENTENCE_STARTERS } from '../lexicon/sentence-starters.js';

// What follows a candidate boundary: the first word after any opening quotes,
// brackets and dashes, and how it begins.

export const LOWER = 0;
export const UPPER = 1;
export const DIGIT = 2;
export const OTHER = 3;

export interface Next {
  kind: number;
  /** The first word, lower-cased ("" when the next token is not a word). */
  word: string;
  /** The word is written in capitals throughout and has two letters or more ("KG", "EST", "CEO"). */
  acronym: boolean;
  /** A full stop follows the word directly ("Mr.", "A.", "Ltd."). */
  dotted: boolean;
  /** Index of the word's first character. */
  at: number;
  /** Index after the word. */
  wordEnd: number;
  /** A bracket opens before the word: "a.m. (0800 GMT)", "Co. (cited from ...)". */
  bracket: boolean;
}

const APOSTROPHE = (c: number) => c === 39 || c === 0x2019;

export function readNext(text: string, j: number, end: number): Next {
  let q = j;
  let bracket = false;
  while (q < end && q - j < 8) {
    const c = text.charCodeAt(q);
    if (isOpenBracket(c)) bracket = true;
    else if (!(isQuote(c) || isLeadPunct(c) || isSpace(c))) break;
    q++;
  }
  const c = text.charCodeAt(q);
  let e = q;
  let uppers = 0;
  let sawLowerThenUpper = false;
  while (e < end) {
    const d = text.charCodeAt(e);
    if (isLetter(d)) {
      if (isUpper(d)) {
        uppers++;
        if (e > q) sawLowerThenUpper = true;
      }
    } else if (!(APOSTROPHE(d) && e + 1 < end && isLetter(text.charCodeAt(e + 1)))) break;
    e++;
  }
  let kind: number;
  if (isUpper(c)) kind = UPPER;
  else if (isLower(c)) kind = sawLowerThenUpper ? UPPER : LOWER; // "iPhone", "eBay" open sentences too
  else if (isDigit(c) || ((c === 36 || c === 0xa3 || c === 0x20ac || c === 35) && isDigit(text.charCodeAt(q + 1)))) kind = DIGIT;
  else kind = OTHER;
  const word = e > q ? text.slice(q, e).toLowerCase() : '';
  return { kind, word, acronym: e - q >= 2 && uppers === e - q, dotted: text.charCodeAt(e) === 46, at: q, wordEnd: e, bracket };
}

/** The next word opens a sentence: a function word, quantifier or sentence adverb ("The", "It", "Millions"). */
export function isStarter(next: Next): boolean {
  if (!SENTENCE_STARTERS.has(next.word)) return false;
  // "A." and "I." are initials; "Mr." and "No." are still words.
  return !next.dotted || next.word.length > 1;
}

/** Where the word after the next one begins, or -1 when punctuation comes first. */
function secondWord(text: string, next: Next, end: number): number {
  let k = next.wordEnd;
  if (k >= end || !isSpace(text.charCodeAt(k))) return -1;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  return k < end ? k : -1;
}

/** The word after the next one begins with a capital: a name goes on ("Goldman Sachs", "Chief Executive"). */
export function nameGoesOn(text: string, next: Next, end: number): boolean {
  const k = secondWord(text, next, end);
  return k >= 0 && isUpper(text.charCodeAt(k));
}

/** The word after the next one is `word` (lower case, then a non-letter): "a.m. Iraq time". */
export function secondWordIs(text: string, next: Next, end: number, word: string): boolean {
  const k = secondWord(text, next, end);
  if (k < 0 || text.slice(k, k + word.length).toLowerCase() !== word) return false;
  return k + word.length >= end || !isLetter(text.charCodeAt(k + word.length));
}
