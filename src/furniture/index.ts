import type { Span } from '../types.js';

export interface Furniture {
  /** Ranges of page furniture (subscription prompts, share labels, credits) that extractors skip. */
  boilerplate: Span[];
  /** Authors named by a byline ("By Maria Varenikova and David Pierson"). */
  authors: string[];
  /** Publication date from a byline or dateline, ISO 8601, or null. */
  published: string | null;
}

/** Placeholder until furniture detection lands: the whole text is article. */
export function findFurniture(_text: string, _paragraphs: readonly Span[]): Furniture {
  return { boilerplate: [], authors: [], published: null };
}
