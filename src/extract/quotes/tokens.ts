import { TITLE_ABBREVIATIONS } from '../../lexicon/abbreviations.js';

/** A word or punctuation mark of a reporting clause, with document offsets. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter (names, titles, sentence openers). */
  cap: boolean;
  /** Punctuation, not a word. */
  punct: boolean;
}

/**
 * Tokens of text[start, end): a word is letters or digits, with inner
 * apostrophes, hyphens and periods (O’Brien, Smith-Jones, H.W.); anything else
 * that is not space is one punctuation token. A period after an abbreviation
 * or initial stays on its word ("Gov.", "J."). One pass over the characters,
 * no regular expression: this runs on every quote's surroundings.
 */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isWhite(c)) {
      i++;
      continue;
    }
    if (!isAlnum(text, i)) {
      const len = Math.min(width(c), end - i);
      const t = text.slice(i, i + len);
      out.push({ text: t, lower: t, start: i, end: i + len, cap: false, punct: true });
      i += len;
      continue;
    }
    let j = i + width(c);
    for (;;) {
      while (j < end && isAlnum(text, j)) j += width(text.charCodeAt(j));
      // One joiner (' ’ . -) between letters or digits keeps the word going.
      const d = text.charCodeAt(j);
      if (j + 1 < end && (d === 0x27 || d === 0x2019 || d === 0x2e || d === 0x2d) && isAlnum(text, j + 1)) j += 2;
      else break;
    }
    let word = text.slice(i, j);
    if (j < end && text.charCodeAt(j) === 0x2e && keepsPeriod(word)) {
      word += '.';
      j++;
    }
    const lower = word.toLowerCase();
    out.push({ text: word, lower, start: i, end: j, cap: word.charCodeAt(0) !== lower.charCodeAt(0), punct: false });
    i = j;
  }
  return out;
}

function keepsPeriod(word: string): boolean {
  return (word.length === 1 && word !== word.toLowerCase()) || word.includes('.') || TITLE_ABBREVIATIONS.has(word.toLowerCase());
}

/** JavaScript's \s: ASCII and Unicode spaces, line breaks and the BOM. */
function isWhite(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const ALNUM = /[\p{L}\p{N}]/u;

/** A letter or digit at i (ASCII fast path; a surrogate pair is read as one code point). */
function isAlnum(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c >= 0xdc00 && c <= 0xdfff) return false; // the second half of a pair was read with the first
  return ALNUM.test(c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i]);
}

/** UTF-16 units of the code point starting with unit c. */
function width(c: number): number {
  return c >= 0xd800 && c <= 0xdbff ? 2 : 1;
}
