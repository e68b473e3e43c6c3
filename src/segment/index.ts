import type { Span } from '../types.js';
import { splitParagraphs } from './paragraphs.js';
import { Candidates, splitSentences } from './sentences.js';

export interface Segmentation {
  paragraphs: Span[];
  sentences: Span[];
}

/**
 * Paragraphs, then sentences inside each. Every range slices `text` exactly and
 * is trimmed of whitespace; no sentence crosses a paragraph boundary. Offsets
 * are UTF-16 indices (JavaScript string positions).
 */
export function segment(text: string): Segmentation {
  const paragraphs = splitParagraphs(text);
  const sentences: Span[] = [];
  const candidates = new Candidates(text);
  for (const p of paragraphs) {
    for (const s of splitSentences(text, p.start, p.end, candidates)) sentences.push(s);
  }
  return { paragraphs, sentences };
}

export { splitParagraphs, splitSentences };
