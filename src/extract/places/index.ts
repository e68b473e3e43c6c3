import type { PlaceFinding } from '../../types.js';
import type { Extractor } from '../context.js';
import { nameMentions } from '../names/index.js';

/**
 * Places: the location mentions of the shared name stage (names/), with the
 * gazetteer's canonical name, kind and ISO country.
 */
export const placesExtractor: Extractor<'places'> = {
  kind: 'places',
  needs: ['people'],
  extract(ctx) {
    return nameMentions(ctx)
      .filter((m) => m.label === 'LOC')
      .map((m): PlaceFinding => ({
        start: m.start,
        end: m.end,
        text: m.text,
        name: m.place?.name ?? m.text,
        kind: m.place?.kind ?? 'other',
        country: m.place?.country ?? null,
      }));
  },
};
