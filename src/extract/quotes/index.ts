import type { Extractor } from '../context.js';

/** Placeholder until the quotes extractor lands: finds nothing. */
export const quotesExtractor: Extractor<'quotes'> = {
  kind: 'quotes',
  needs: ['people'],
  extract() {
    return [];
  },
};
