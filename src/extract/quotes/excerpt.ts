import type { QuoteSpan } from './scanner.js';

// A block excerpt of another article, pasted between quote marks: 'McCrummen
// reports: / "The first time she had seen him, at a rally in June, ...' A
// writer who sets quotes with typographic marks (“ ”) and pastes a passage in
// straight marks (") that open paragraphs and never close in them is citing a
// text, not reporting speech; and reportage is narrated in the third person,
// while speech says "I", "we" and "you". Both must hold, so a speaker's
// multi-paragraph remarks ('"We are going to enter the next recession ...') stay.

const FIRST_OR_SECOND_PERSON = /\b(?:i|me|my|mine|we|us|our|ours|let['’]s|you|your|yours)\b/gi;
/** A nested quote inside the excerpt (the article's own quotes), whose words are not the excerpt's voice. */
const INNER_QUOTE = /[“‘][^”’]*[”’]/g;

/** The document's quotes use typographic marks: some span opens with “ or „. */
export function usesCurlyMarks(text: string, spans: readonly QuoteSpan[]): boolean {
  for (const q of spans) {
    const c = text.charCodeAt(q.open);
    if (c === 0x201c || c === 0x201e) return true;
  }
  return false;
}

/** A straight-mark paragraph piece that never closes in its paragraph, narrated in the third person. */
export function isExcerpt(text: string, q: QuoteSpan, curlyDocument: boolean): boolean {
  if (!curlyDocument || q.single || q.closeLen !== 0 || text.charCodeAt(q.open) !== 0x22) return false;
  const own = text.slice(q.start, q.end).replace(INNER_QUOTE, ' ');
  for (const m of own.matchAll(FIRST_OR_SECOND_PERSON)) if (m[0] !== 'US') return false;
  return true;
}
