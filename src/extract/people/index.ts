import type { Extractor } from '../context.js';

/** Placeholder until the people extractor lands: finds nothing. */
export const peopleExtractor: Extractor<'people'> = {
  kind: 'people',
  needs: [],
  extract() {
    return [];
  },
};
