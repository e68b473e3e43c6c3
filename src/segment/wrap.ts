import { firstWordLength, indent, isBlank, type Lines, width } from './lines.js';
import { startsListItem } from './lists.js';

// Hard-wrapped text (newswire, e-mail, plain-text archives) breaks lines at a
// fixed column, so a single newline inside a paragraph means nothing. The test is
// the one text reflowers use: a line was wrapped when the next line's first word
// would not have fitted after it within the wrap width. A text counts as wrapped
// when most of its line pairs fail that fit; one-paragraph-per-line text (web
// copy, CoNLL, the seeds) has lines of every length, so only its longest lines
// ever "fail", and it keeps every line break.

/** Narrowest and widest wrap columns we recognise; a "width" below 40 is a list of short lines. */
const MIN_WIDTH = 40;
const MAX_WIDTH = 140;

/** True when line b may continue line a at all (not a new indented paragraph, not a list item). */
export function mayContinue(text: string, lines: Lines, a: number, b: number): boolean {
  return indent(lines, b) <= indent(lines, a) && !startsListItem(text, lines.start[b], lines.end[b]);
}

/** Line a was broken by a wrap at `cols`: b's first word would not have fitted after it. */
export function overflows(text: string, lines: Lines, a: number, b: number, cols: number): boolean {
  return width(lines, a) + 1 + firstWordLength(text, lines, b) > cols;
}

/** The wrap width of the text when it is hard-wrapped, else 0. */
export function wrapWidth(text: string, lines: Lines): number {
  let cols = 0;
  for (let k = 0; k < lines.count; k++) if (!isBlank(lines, k)) cols = Math.max(cols, width(lines, k));
  if (cols < MIN_WIDTH || cols > MAX_WIDTH) return 0;
  let pairs = 0;
  let wrapped = 0;
  for (let a = 0; a + 1 < lines.count; a++) {
    const b = a + 1;
    if (isBlank(lines, a) || isBlank(lines, b) || !mayContinue(text, lines, a, b)) continue;
    pairs++;
    if (overflows(text, lines, a, b, cols)) wrapped++;
  }
  return wrapped >= 2 && wrapped * 2 >= pairs ? cols : 0;
}
