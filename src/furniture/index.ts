// Page furniture in plain text (DESIGN §1): found and marked, never cut out.
// Each line is classified on its own (lines.ts), then neighbours decide the
// lines that are furniture only in context (blocks.ts). The byline and dateline
// near the top also give the document's authors and publication date.
import type { Span } from '../types.js';
import { furnitureBlocks, type Line } from './blocks.js';
import { parseByline, parseDateline } from './byline.js';
import { classifyLine } from './lines.js';

export interface Furniture {
  /** Ranges of page furniture (subscription prompts, share labels, credits), one per line. */
  boilerplate: Span[];
  /** Authors named by a byline ("By Maria Varenikova and David Pierson"). */
  authors: string[];
  /** Publication date from a byline or dateline, ISO 8601, or null. */
  published: string | null;
}

/** Bylines and datelines are believed only near the top, where a page puts them. */
const BYLINE_WINDOW = 12;

/** `paragraphs` are the segmenter's lines: non-blank, trimmed ranges of `text`. */
export function findFurniture(text: string, paragraphs: readonly Span[]): Furniture {
  const lines: Line[] = paragraphs.map((p, i) => {
    const line = text.slice(p.start, p.end);
    return { text: line, kind: classifyLine(line), blankBefore: i === 0 || hasBlankLine(text, paragraphs[i - 1].end, p.start) };
  });
  const furn = furnitureBlocks(lines);
  let authors: string[] = [];
  let published: string | null = null;
  for (let i = 0; i < Math.min(lines.length, BYLINE_WINDOW); i++) {
    if (lines[i].kind !== 'byline') continue;
    const by = parseByline(lines[i].text);
    if (by && authors.length === 0) authors = by.authors;
    published ??= by ? by.published : parseDateline(lines[i].text);
  }
  return { boilerplate: paragraphs.filter((_, i) => furn[i]).map((p) => ({ start: p.start, end: p.end })), authors, published };
}

/** Two line breaks between `from` and `to`. */
function hasBlankLine(text: string, from: number, to: number): boolean {
  const first = text.indexOf('\n', from);
  if (first < 0 || first >= to) return false;
  const second = text.indexOf('\n', first + 1);
  return second >= 0 && second < to;
}
