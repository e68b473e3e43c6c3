import type { Extractor } from '../context.js';

/** Placeholder until the numbers extractor lands: finds nothing. */
export const numbersExtractor: Extractor<'numbers'> = {
  kind: 'numbers',
  needs: ['dates'],
  extract() {
    return [];
  },
};
