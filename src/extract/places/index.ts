import type { Extractor } from '../context.js';

/** Placeholder until the places extractor lands: finds nothing. */
export const placesExtractor: Extractor<'places'> = {
  kind: 'places',
  needs: ['people'],
  extract() {
    return [];
  },
};
