import type { Span } from '../types.js';

/**
 * Paragraphs are the non-blank lines of the text, trimmed of surrounding
 * whitespace. News copied from the web puts one paragraph on a line; headlines,
 * bylines and bullet items are lines of their own, so a line is the safest unit.
 */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let eol = text.indexOf('\n', i);
    if (eol < 0) eol = n;
    let s = i;
    let e = eol;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    i = eol + 1;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10 || c === 0xa0 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b) || c === 0x3000;
}
