import type { Span } from '../types.js';
import { isCloseBracket, isLower, isOpenBracket, isQuote, isTerminal, isUpper } from './chars.js';
import { bulletAt, readMarker } from './lists.js';
import { indent, isBlank, type Lines, scanLines, width } from './lines.js';
import { endsMidClause, FULL, mayContinue, overflows, wrapped, wrapWidth } from './wrap.js';

// A paragraph is a run of lines joined by soft breaks, trimmed. Blank lines
// always separate paragraphs; a single line break separates them too (headlines,
// datelines, bylines, captions, list items and one-paragraph-per-line web copy
// all stand on lines of their own) unless the break is soft:
// - the next line starts with closing punctuation ("pricing\n." — the line was cut before its stop);
// - the line ends in a space and the next starts in lower case or with a bracket (format=flowed, RFC 3676);
// - the text is hard-wrapped (see wrap.ts) and the next word would not have fitted on the line;
// - in any text, a line as wide as the widest, cut mid-clause, continued in lower case.
// A deeper-indented line starts a paragraph (newswire indents first lines), and
// so does a list item, unless the wrap cut the line just before a number.

export function splitParagraphs(text: string): Span[] {
  const lines = scanLines(text);
  const cols = wrapWidth(text, lines);
  const widest = widestLine(lines);
  const out: Span[] = [];
  let open = -1; // first line of the paragraph being built
  let last = -1; // its last line
  for (let k = 0; k < lines.count; k++) {
    if (isBlank(lines, k)) {
      if (open >= 0) out.push({ start: lines.start[open], end: lines.end[last] });
      open = -1;
      continue;
    }
    if (open >= 0 && !softBreak(text, lines, last, k, cols, widest)) {
      out.push({ start: lines.start[open], end: lines.end[last] });
      open = -1;
    }
    if (open < 0) open = k;
    last = k;
  }
  if (open >= 0) out.push({ start: lines.start[open], end: lines.end[last] });
  return out;
}

function widestLine(lines: Lines): number {
  let w = 0;
  for (let k = 0; k < lines.count; k++) w = Math.max(w, lines.end[k] - lines.from[k]);
  return w;
}

/** The break between non-blank lines a and b = a + 1 lies inside a paragraph. */
function softBreak(text: string, lines: Lines, a: number, b: number, cols: number, widest: number): boolean {
  const first = text.charCodeAt(lines.start[b]);
  if (isTerminal(first) || first === 44 || first === 59 || first === 58 || isCloseBracket(first)) return true;
  if (indent(lines, b) > indent(lines, a)) return false;
  const midClause = endsMidClause(text, lines, a);
  if (!mayContinue(lines, a, b)) {
    // "... a total of\n150. The company": a wrap that happened to cut before a number, not a list.
    if (cols === 0 || !midClause || bulletAt(text, lines.start[b], lines.end[b]) >= 0) return false;
    const marker = readMarker(text, lines.start[b], lines.end[b]);
    return marker !== null && marker.num > 0 && overflows(text, lines, a, b, cols);
  }
  if (lines.trailing[a] && (isLower(first) || isOpenBracket(first))) return true;
  if (cols > 0) return wrapped(text, lines, a, b, cols);
  // Unwrapped text: a line cut mid-clause and continued in lower case ("iPhone" is not lower case), when the
  // line is about as wide as the widest, or when the words run on to a full stop on the next line ("This is
  // a sentence\ncut off in the middle." from a PDF) — not a list of fragments ("features\ncontact manager").
  if (!midClause || !isLower(first) || isUpper(text.charCodeAt(lines.start[b] + 1))) return false;
  if (widest >= 40 && (overflows(text, lines, a, b, widest) || width(lines, a) >= FULL * widest)) return true;
  return wordCount(text, lines.start[a], lines.end[a]) >= 3 && endsSentence(text, lines, b);
}

/** Line k ends with . ! ? or …, closing quotes and brackets looked through (a colon introduces more). */
function endsSentence(text: string, lines: Lines, k: number): boolean {
  let e = lines.end[k];
  while (e > lines.start[k] && (isQuote(text.charCodeAt(e - 1)) || isCloseBracket(text.charCodeAt(e - 1)))) e--;
  return e > lines.start[k] && isTerminal(text.charCodeAt(e - 1));
}

function wordCount(text: string, start: number, end: number): number {
  let n = 1;
  for (let k = start; k < end; k++) if (text.charCodeAt(k) === 32 && text.charCodeAt(k - 1) !== 32) n++;
  return n;
}
