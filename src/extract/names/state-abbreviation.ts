import { US_STATE_ABBREVIATIONS } from '../../lexicon/us-states.js';
import type { Candidate } from './candidates.js';
import type { Place } from './place-lookup.js';
import type { Token } from './tokens.js';

/** The US state an AP abbreviation names ("Fla", "N.H."), or null. */
export function stateAbbreviation(t: Token): Place | null {
  const name = US_STATE_ABBREVIATIONS.get(t.lower);
  return name ? { name, kind: 'region', country: 'US', entry: null } : null;
}

/**
 * "Jacksonville, Fla.", "St. Petersburg, Fla., for": a state abbreviation right after
 * "Town," is the state. Not before a capitalised word, where "Miss" is a title ("Miss Stamper").
 */
export function stateAfterTown(c: Candidate): Place | null {
  if (c.j - c.i !== 1 || c.i < 2) return null;
  const comma = c.tokens[c.i - 1];
  const town = c.tokens[c.i - 2];
  const next = c.tokens[c.j];
  if (comma.text !== ',' || !town.cap || (next && next.word && next.cap)) return null;
  return stateAbbreviation(c.tokens[c.i]);
}
