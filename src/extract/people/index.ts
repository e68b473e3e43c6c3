import type { PersonFinding } from '../../types.js';
import type { Extractor } from '../context.js';
import { nameMentions } from '../names/index.js';
import { linkPeople } from '../../link/people.js';

/**
 * People: the person mentions of the shared name stage (names/), each given the
 * canonical name of its person in this document by link/people.ts.
 */
export const peopleExtractor: Extractor<'people'> = {
  kind: 'people',
  needs: [],
  extract(ctx) {
    const mentions = nameMentions(ctx).filter((m) => m.label === 'PER');
    const names = linkPeople(mentions.map((m) => m.text));
    return mentions.map((m, k): PersonFinding => ({ start: m.start, end: m.end, text: m.text, name: names[k], title: m.title }));
  },
};
