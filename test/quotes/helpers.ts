import { findQuotes, type TracedQuote } from '../../src/extract/quotes/index.js';
import { segment } from '../../src/segment/index.js';
import type { PersonFinding } from '../../src/types.js';

/** Runs the quotes extractor alone on `text` (people findings optional), with rule names. */
export function quotes(text: string, people: PersonFinding[] = []): TracedQuote[] {
  const { paragraphs, sentences } = segment(text);
  const doc = { id: 't', path: null, format: 'text' as const, text, meta: { title: null, published: null, authors: [], url: null } };
  return findQuotes({ doc, text, paragraphs, sentences, boilerplate: [], referenceDate: null, found: { people } });
}

/** A compact view of one quote: its words, kind, speaker mention, speaker name and cue. */
export function view(text: string, q: TracedQuote): { text: string; kind: string; mention: string | null; name: string | null; cue: string | null } {
  const f = q.finding;
  return {
    text: f.text,
    kind: f.kind,
    mention: f.speaker ? text.slice(f.speaker.start, f.speaker.end) : null,
    name: f.speaker?.name ?? null,
    cue: f.cue,
  };
}
