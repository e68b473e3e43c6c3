// Character classes for the segmenter, on UTF-16 code units (charCodeAt), so
// the scanners never build strings or run a regex per character.

/**
 * Horizontal and vertical whitespace, including NBSP, the Unicode spaces and BOM, and the other
 * control characters (NUL from a JSON "\u0000", DEL, C1 controls from a wrong decoding): they are
 * invisible, so "April 9.\u0000 Kyiv" ends a sentence as "April 9. Kyiv" does, instead of gluing a
 * whole document into one sentence.
 */
export function isSpace(c: number): boolean {
  return (
    c === 32 || c <= 31 || (c >= 0x7f && c <= 0xa0) || c === 0xfeff || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** A line break: \n, \r, vertical tab, form feed, NEL, and the Unicode line/paragraph separators. */
export function isLineBreak(c: number): boolean {
  return c === 10 || c === 13 || c === 11 || c === 12 || c === 0x85 || c === 0x2028 || c === 0x2029;
}

const UPPER = /\p{Lu}|\p{Lt}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const DIGIT = /\p{Nd}/u;

export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(String.fromCharCode(c));
}

export function isLower(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(String.fromCharCode(c));
}

export function isDigit(c: number): boolean {
  if (c < 128) return c >= 48 && c <= 57;
  return DIGIT.test(String.fromCharCode(c));
}

/** Letters, including the surrogate halves of astral letters (treated as letters: rare, and never punctuation). */
export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return LETTER.test(String.fromCharCode(c));
}

export function isAlnum(c: number): boolean {
  return isLetter(c) || isDigit(c);
}

/** Punctuation that ends a sentence: . ! ? … and their full-width forms. */
export function isTerminal(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0xff0e || c === 0xff01 || c === 0xff1f || c === 0x3002 || c === 0x203c || c === 0x2047 || c === 0x2048 || c === 0x2049;
}

/** Full-width (CJK) terminals end a sentence even with no space after them. */
export function isWideTerminal(c: number): boolean {
  return c === 0xff0e || c === 0xff01 || c === 0xff1f || c === 0x3002;
}

/** Quote marks: closing after a terminal ("begun." / begun.”), opening before a sentence. */
export function isQuote(c: number): boolean {
  return c === 34 || c === 39 || c === 96 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201f) || c === 0x2039 || c === 0x203a || c === 0x300c || c === 0x300d;
}

export function isCloseBracket(c: number): boolean {
  return c === 41 || c === 93 || c === 125 || c === 0xff09;
}

export function isOpenBracket(c: number): boolean {
  return c === 40 || c === 91 || c === 123 || c === 0xff08;
}

/** Dashes and inverted marks that may stand before a sentence's first word ("- Posted", "¿Qué"). */
export function isLeadPunct(c: number): boolean {
  return c === 45 || c === 0x2013 || c === 0x2014 || c === 0x2012 || c === 0xbf || c === 0xa1 || c === 42 || c === 95;
}

/** Bullet characters: a new list item wherever they stand after a space. Not "-" or "*" (only at line start). */
export function isBullet(c: number): boolean {
  return c === 0x2022 || c === 0x2043 || c === 0x25e6 || c === 0x2023 || c === 0x25aa || c === 0x25cf || c === 0x2219 || c === 0x25a0 || c === 0x25a1 || c === 0x27a2 || c === 0x2794 || c === 0x25ba;
}
