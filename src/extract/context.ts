import type { Doc, FindingsByKind, Kind, Span } from '../types.js';

/** What an extractor sees: the document, its segmentation, and what earlier extractors found. */
export interface Context {
  doc: Doc;
  text: string;
  paragraphs: Span[];
  sentences: Span[];
  /** Page furniture: no finding may lie inside one of these ranges. */
  boilerplate: Span[];
  /** YYYY-MM-DD (or date-time) that relative dates resolve against, or null. */
  referenceDate: string | null;
  /** Findings of the extractors that ran before this one (see `needs`). */
  found: Partial<FindingsByKind>;
}

/** One kind's extractor: an ordered list of parsers and refiners behind one function. */
export interface Extractor<K extends Kind = Kind> {
  kind: K;
  /** Kinds whose findings this extractor reads from `ctx.found`; they run first. */
  needs: readonly Kind[];
  extract(ctx: Context): FindingsByKind[K];
}
