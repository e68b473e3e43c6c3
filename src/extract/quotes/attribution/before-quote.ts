import { sentenceSubject } from '../mention/clause-subject.js';
import { isNameToken } from '../mention/name-run.js';
import { subjectBefore } from '../mention/subject-before.js';
import { DETERMINERS } from '../../../lexicon/speaker-words.js';
import type { Mention } from '../mention/types.js';
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
    const m = isParticiple(tokens[k]) ? participleSubject(tokens, k, text) : subjectBefore(tokens, k, text);
    // ... and opens its clause ('He jokes,', 'The ad claims'), unlike 'dismissed Ukrainian reports'.
    if (!m || (weak && (tokens[k - 1]?.end !== m.end || !opensClause(tokens, m)))) continue;
    const near = tokens.length - k <= INTRO_REACH;
    const outer = m.type === 'pronoun' ? reportingSubject(tokens, m, text) : null;
    if (outer) return { ...outer, rule: near ? 'before:X-said' : 'before:embedded' };
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

/**
 * 'Zelenskyy said that he had instructed his foreign minister to “...”': a
 * pronoun subject right after a reporting verb ("said (that) he") is the
 * reporter speaking of himself, so the quote is the reporter's, named where
 * the sentence names them.
 */
function reportingSubject(tokens: Token[], m: Mention, text: string): { mention: Mention; cue: string } | null {
  let p = tokens.findIndex((t) => t.start === m.start) - 1;
  if (p >= 0 && tokens[p].lower === 'that') p--;
  if (p < 1 || !isCue(tokens[p]) || isParticiple(tokens[p])) return null;
  const outer = subjectBefore(tokens, p, text);
  return outer && outer.type !== 'pronoun' ? { mention: outer, cue: tokens[p].lower } : null;
}

/**
 * A participle's subject: the name right before it in an absolute phrase
 * ('Republicans were quick to chime in, with Donald Trump tweeting that ...'),
 * else the main clause's subject ('Trump continued on Saturday, saying ...').
 */
function participleSubject(tokens: Token[], k: number, text: string): Mention | null {
  if (k >= 2 && isNameToken(tokens[k - 1])) {
    for (let j = k - 2; j >= 0 && k - j <= 6; j--) {
      if (tokens[j].lower === 'with') return subjectBefore(tokens, k, text);
      if (tokens[j].punct || !tokens[j].cap) break;
    }
  }
  return sentenceSubject(tokens, k, text);
}
