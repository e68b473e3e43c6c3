import { isSpace } from './chars.js';
import { startsListItem } from './lists.js';

/**
 * The physical lines of a text. For line k: `from[k]` is where the line begins,
 * `start[k]`/`end[k]` its content without surrounding whitespace (equal when the
 * line is blank), `trailing[k]` 1 when spaces stood between the content and the
 * line break (format=flowed marks a soft break that way, RFC 3676), `item[k]` 1
 * when the line opens a list item ("- ", "• ", "1.", "(a)").
 */
export interface Lines {
  count: number;
  from: number[];
  start: number[];
  end: number[];
  trailing: number[];
  item: number[];
}

const BREAK = /\r\n?|[\n\v\f\u0085\u2028\u2029]/g;

/** Only \n breaks lines in `text` (indexOf is faster than a regex over the whole text). */
function onlyNewlines(text: string): boolean {
  for (const c of ['\r', '\v', '\f', '\u0085', '\u2028', '\u2029']) if (text.indexOf(c) >= 0) return false;
  return true;
}

export function scanLines(text: string): Lines {
  const lines: Lines = { count: 0, from: [], start: [], end: [], trailing: [], item: [] };
  const n = text.length;
  // Most texts break lines with \n alone: indexOf is much faster than a regex per line.
  const simple = onlyNewlines(text);
  let at = 0;
  BREAK.lastIndex = 0;
  for (;;) {
    let eol: number;
    let next: number;
    if (simple) {
      eol = text.indexOf('\n', at);
      if (eol < 0) eol = n;
      next = eol + 1;
    } else {
      const m = BREAK.exec(text);
      eol = m ? m.index : n;
      next = m ? eol + m[0].length : n + 1;
    }
    let s = at;
    while (s < eol && isSpace(text.charCodeAt(s))) s++;
    let e = eol;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    lines.from.push(at);
    lines.start.push(s);
    lines.end.push(e);
    lines.trailing.push(e < eol && e > s ? 1 : 0);
    lines.item.push(e > s && startsListItem(text, s, e) ? 1 : 0);
    lines.count++;
    if (next >= n) break;
    at = next;
  }
  return lines;
}
/** Columns of indentation before line k's content (a tab counts as one). */
export function indent(lines: Lines, k: number): number {
  return lines.start[k] - lines.from[k];
}

/** Length of line k up to the end of its content, indentation included. */
export function width(lines: Lines, k: number): number {
  return lines.end[k] - lines.from[k];
}

export function isBlank(lines: Lines, k: number): boolean {
  return lines.start[k] === lines.end[k];
}

/** Length of the first word of line k (up to the first space). */
export function firstWordLength(text: string, lines: Lines, k: number): number {
  let i = lines.start[k];
  const e = lines.end[k];
  while (i < e && !isSpace(text.charCodeAt(i))) i++;
  return i - lines.start[k];
}

