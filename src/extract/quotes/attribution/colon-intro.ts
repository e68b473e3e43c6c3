import { sentenceSubject } from '../speaker-mention.js';
import type { Token } from '../tokens.js';
import type { Attribution } from './types.js';

/**
 * A clause ending in a colon introduces the quote even without a speech verb:
 * 'Sanders delivered a snappy retort: "No one is tearing this up."' The
 * speaker is the clause's subject; the cue is unknown.
 */
export function colonIntro(tokens: Token[], text: string): Attribution | null {
  const n = tokens.length;
  if (n < 2 || tokens[n - 1].text !== ':') return null;
  // '..., by Times’ Michael Paulson: "..."' introduces an article excerpt, not speech.
  if (tokens[0].lower === 'by') return null;
  const m = sentenceSubject(tokens, n - 1, text);
  return m ? { mention: m, cue: null, rule: 'colon-intro' } : null;
}
