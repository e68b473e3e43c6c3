import type { Extractor } from '../context.js';

/** Placeholder until the dates extractor lands: finds nothing. */
export const datesExtractor: Extractor<'dates'> = {
  kind: 'dates',
  needs: [],
  extract() {
    return [];
  },
};
