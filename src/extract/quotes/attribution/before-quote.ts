import { sentenceSubject, subjectBefore } from '../speaker-mention.js';
import { DETERMINERS } from '../../../lexicon/speaker-words.js';
import type { Token } from '../tokens.js';
import { isCue, isCueAfterQuote, isParticiple } from './cues.js';
import type { Attribution } from './types.js';

/** A reporting verb this close to the opening mark introduces the quote ('X said: "', 'X told CNN on Sunday, "'). */
const INTRO_REACH = 8;

/**
 * The nearest reporting verb before the quote in its sentence, and its
 * subject: 'X said: "..."', 'X said that "..."', and for fragments woven into
 * the sentence, 'X called the claims "groundless"'. A participle takes the main
 * clause's subject ('Trump continued, saying that "..."'). When the nearest
 * verb has no subject ("the claims" is not one), the next one to the left is tried.
 */
export function beforeQuote(tokens: Token[], text: string): Attribution | null {
  for (let k = tokens.length - 1; k >= 0; k--) {
    // A noun-like verb form ("claims", "jokes", "notes") counts when its subject stands right before it.
    const weak = !isCue(tokens[k]) && isCueAfterQuote(tokens[k]);
    if (!weak && !isCue(tokens[k])) continue;
    const m = isParticiple(tokens[k]) ? sentenceSubject(tokens, k, text) : subjectBefore(tokens, k, text);
    // ... and opens its clause ('He jokes,', 'The ad claims'), unlike 'dismissed Ukrainian reports'.
    if (!m || (weak && (tokens[k - 1]?.end !== m.end || !opensClause(tokens, m)))) continue;
    const near = tokens.length - k <= INTRO_REACH;
    return { mention: m, cue: tokens[k].lower, rule: near ? 'before:X-said' : 'before:embedded' };
  }
  return null;
}

/** The mention starts the clause: nothing before it, or punctuation or a determiner right before. */
function opensClause(tokens: Token[], m: { start: number }): boolean {
  const i = tokens.findIndex((t) => t.start >= m.start);
  if (i <= 0) return true;
  const prev = tokens[i - 1];
  return prev.punct || DETERMINERS.has(prev.lower);
}
