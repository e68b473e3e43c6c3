import type { Kind } from '../types.js';
import type { Extractor } from './context.js';
import { datesExtractor } from './dates/index.js';
import { numbersExtractor } from './numbers/index.js';
import { peopleExtractor } from './people/index.js';
import { placesExtractor } from './places/index.js';
import { quotesExtractor } from './quotes/index.js';

/**
 * The English setup, in the order the extractors run: each one's `needs` are
 * earlier in this list (dates before numbers, so a date is never a quantity;
 * people before places and quotes, which read them).
 */
export const EXTRACTORS: readonly Extractor[] = [
  datesExtractor,
  numbersExtractor,
  peopleExtractor,
  placesExtractor,
  quotesExtractor,
];

/** The extractors to run for `wanted` kinds: those kinds plus everything they need. */
export function extractorsFor(wanted: readonly Kind[]): Extractor[] {
  const need = new Set<Kind>(wanted);
  // Walk backwards so that a need discovered late still pulls in its own needs.
  for (let i = EXTRACTORS.length - 1; i >= 0; i--) {
    const e = EXTRACTORS[i];
    if (need.has(e.kind)) for (const k of e.needs) need.add(k);
  }
  return EXTRACTORS.filter((e) => need.has(e.kind));
}
