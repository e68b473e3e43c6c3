// Which characters are quotation marks, and which way a mark faces. A mark's
// direction comes from its neighbours as well as its glyph, because writers
// and CMSs mix them up ('“Apparently not,“ he said', straight marks
// everywhere, `''` for a closing double mark).

export const DOUBLE = 2;
export const SINGLE = 1;

/** 2 for a double mark, 1 for a single mark, 0 otherwise. */
export function markWeight(c: number): number {
  switch (c) {
    case 0x22: // "
    case 0x201c: // “
    case 0x201d: // ”
    case 0x201e: // „
    case 0x201f: // ‟
    case 0xab: // «
    case 0xbb: // »
      return DOUBLE;
    case 0x27: // '
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x201a: // ‚
    case 0x60: // `
      return SINGLE;
    default:
      return 0;
  }
}

/** Glyphs that only ever open (“ „ « ‘ ‚) or only ever close (” » ’); straight marks are both. */
export function glyphOpens(c: number): boolean {
  return c === 0x201c || c === 0x201e || c === 0xab || c === 0x2018 || c === 0x201a || c === 0x60;
}
export function glyphCloses(c: number): boolean {
  return c === 0x201d || c === 0xbb || c === 0x2019;
}

export function isWordChar(c: number): boolean {
  // Letters and digits, ASCII fast path first.
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return true;
  if (c < 0xc0) return false;
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}

/** No character (paragraph edge), a space, or an opening bracket or dash: a mark after it opens. */
export function opensAfter(c: number): boolean {
  return Number.isNaN(c) || isSpace(c) || c === 0x28 || c === 0x5b || c === 0x2014 || c === 0x2013 || c === 0x2d || c === 0x2f;
}

// Elisions written with a leading apostrophe: ’em, ’til, ’cause, ’n’, ’90s.
const ELISION = /^(?:em|til|tis|twas|cause|bout|round|n|nuff|ya|s)\b|^\d\d?s?\b/i;

/**
 * A single mark is an apostrophe, never a quote mark, when it sits inside a
 * word (don’t, O’Brien), marks a possessive (Sanders’s; a bare s’ is decided
 * by pairing), or elides the start of a word (’em, ’90s).
 */
export function isApostrophe(text: string, i: number): boolean {
  const before = i > 0 ? text.charCodeAt(i - 1) : NaN;
  const after = i + 1 < text.length ? text.charCodeAt(i + 1) : NaN;
  if (isWordChar(before) && isWordChar(after)) return true;
  if (opensAfter(before) && isWordChar(after)) return ELISION.test(text.slice(i + 1, i + 6));
  return false;
}
