import { isCloseBracket, isLower, isQuote, isTerminal } from './chars.js';
import { firstWordLength, indent, isBlank, type Lines, width } from './lines.js';

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
/** A line this share of the wrap width or more is full. */
export const FULL = 0.75;

/** True when line b may continue line a at all (not a new indented paragraph, not a list item). */
export function mayContinue(lines: Lines, a: number, b: number): boolean {
  return indent(lines, b) <= indent(lines, a) && !lines.item[b];
}

/** Line a was broken by a wrap at `cols`: b's first word would not have fitted after it. */
export function overflows(text: string, lines: Lines, a: number, b: number, cols: number): boolean {
  return width(lines, a) + 1 + firstWordLength(text, lines, b) > cols;
}

/** Line a ends mid-clause: not after . ! ? : or ; (closing quotes and brackets looked through). */
export function endsMidClause(text: string, lines: Lines, a: number): boolean {
  let e = lines.end[a];
  while (e > lines.start[a] && (isQuote(text.charCodeAt(e - 1)) || isCloseBracket(text.charCodeAt(e - 1)))) e--;
  const c = text.charCodeAt(e - 1);
  return !(isTerminal(c) || c === 58 || c === 59);
}

/**
 * Line a was wrapped at about `cols`: b's first word would not have fitted, or
 * a stops mid-clause and is nearly full or continued in lower case (wrap
 * margins are ragged: newswire wraps anywhere from 45 to 65 columns in one story).
 */
export function wrapped(text: string, lines: Lines, a: number, b: number, cols: number): boolean {
  if (overflows(text, lines, a, b, cols)) return true;
  if (!endsMidClause(text, lines, a)) return false;
  return width(lines, a) >= FULL * cols || isLower(text.charCodeAt(lines.start[b]));
}

/**
 * The wrap width of the text when it is hard-wrapped, else 0. The width is the
 * widest line that continues into the next, ignoring outliers (a first line
 * that was never wrapped): lines wider than 1.25 times the median.
 */
export function wrapWidth(text: string, lines: Lines): number {
  const heads: number[] = [];
  for (let a = 0; a + 1 < lines.count; a++) {
    if (!isBlank(lines, a) && !isBlank(lines, a + 1) && mayContinue(lines, a, a + 1)) heads.push(a);
  }
  if (heads.length < 2) return 0;
  const widths = heads.map((a) => width(lines, a)).sort((x, y) => x - y);
  const limit = 1.25 * widths[widths.length >> 1];
  let cols = 0;
  for (const w of widths) if (w <= limit) cols = w;
  if (cols < MIN_WIDTH || cols > MAX_WIDTH) return 0;
  // Evidence: a line within the width, cut mid-clause, that the wrap test accepts. Most wrapped lines stop
  // mid-sentence; one-sentence-per-line text (CoNLL) and tables stop after a full stop or are short.
  let wraps = 0;
  for (const a of heads) if (width(lines, a) <= cols && endsMidClause(text, lines, a) && wrapped(text, lines, a, a + 1, cols)) wraps++;
  return wraps >= 2 && wraps * 2 >= heads.length ? cols : 0;
}
