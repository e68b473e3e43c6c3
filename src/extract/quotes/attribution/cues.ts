import { AFTER_QUOTE_VERBS, INVERTING_VERBS, SPEECH_VERBS } from '../../../lexicon/speech-verbs.js';
import type { Token } from '../tokens.js';

/** A reporting verb ("said", "told", "adding"). */
export function isCue(t: Token): boolean {
  return !t.punct && SPEECH_VERBS.has(t.lower);
}

/** A reporting verb that may come before its subject ('"...," said X'). */
export function isInverting(t: Token): boolean {
  return !t.punct && INVERTING_VERBS.has(t.lower);
}

/** A participle whose subject is the main clause's ('Trump continued, saying that ...'). */
export function isParticiple(t: Token): boolean {
  return t.lower.endsWith('ing');
}

/** A reporting verb in the clause right after a quote, where noun-like forms are verbs too ('"...," Viguerie notes'). */
export function isCueAfterQuote(t: Token): boolean {
  return !t.punct && (SPEECH_VERBS.has(t.lower) || AFTER_QUOTE_VERBS.has(t.lower));
}
