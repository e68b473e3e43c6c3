import type { QuoteSpan } from './scanner.js';

// A block excerpt of another article, pasted between quote marks: 'McCrummen
// reports: / "The first time she had seen him, at a rally in June, ...' A
// writer who sets quotes with typographic marks (“ ”) and pastes a passage in
// straight marks (") that open paragraphs and never close in them is citing a
// text, not reporting speech; and reportage is narrated in the third person,
// while speech says "I", "we" and "you". Both must hold, so a speaker's
// multi-paragraph remarks ('"We are going to enter the next recession ...') stay.

const FIRST_OR_SECOND_PERSON = /\b(?:i|me|my|mine|we|us|our|ours|let['’]s|you|your|yours)\b/gi;

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
  const own = withoutInnerQuotes(text.slice(q.start, q.end));
  for (const m of own.matchAll(FIRST_OR_SECOND_PERSON)) if (m[0] !== 'US') return false;
  return true;
}

/**
 * The excerpt with each nested quote (the article's own quotes, “…” or ‘…’, whose words are not the
 * excerpt's voice) replaced by a space: what /[“‘][^”’]*[”’]/g replaces, found in one pass. The
 * pattern would rescan to the end from every opening mark that never closes.
 */
function withoutInnerQuotes(s: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = nextOf(s, from, 0x201c, 0x2018);
    if (open < 0) break;
    const close = nextOf(s, open + 1, 0x201d, 0x2019);
    // No closing mark after this opener means none after any later one either.
    if (close < 0) break;
    out += s.slice(from, open) + ' ';
    from = close + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

function nextOf(s: string, from: number, a: number, b: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === a || c === b) return i;
  }
  return -1;
}
