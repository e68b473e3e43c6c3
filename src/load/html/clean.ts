// Readability keeps some furniture inside the article (share labels, "Read
// more" links, newsletter boxes, photo credits). The text-file furniture rules
// find them; here they are cut out, since for HTML `text` is ours to build.
import { findFurniture } from '../../furniture/index.js';
import { splitParagraphs } from '../../segment/paragraphs.js';

export interface Cleaned {
  text: string;
  /** Authors and date from a byline or dateline line that was cut out. */
  byline: { authors: string[]; published: string | null };
}

export function withoutFurniture(text: string): Cleaned {
  const lines = splitParagraphs(text);
  const { boilerplate, authors, published } = findFurniture(text, lines);
  const byline = { authors, published };
  if (boilerplate.length === 0) return { text, byline };
  const drop = new Set(boilerplate.map((b) => b.start));
  let out = '';
  let prevEnd = 0;
  let pendingGap = '';
  for (const line of lines) {
    const gap = text.slice(prevEnd, line.start);
    prevEnd = line.end;
    if (drop.has(line.start)) {
      // Keep the widest gap around removed lines, so paragraph breaks survive.
      if (gap.length > pendingGap.length) pendingGap = gap;
      continue;
    }
    const sep = out === '' ? '' : gap.includes('\n\n') || pendingGap.includes('\n\n') ? '\n\n' : '\n';
    out += sep + text.slice(line.start, line.end);
    pendingGap = '';
  }
  return { text: out, byline };
}
