import type { Span } from '../../types.js';
import { isCue, isParticiple } from './attribution/cues.js';
import type { Attribution } from './attribution/types.js';
import type { QuoteContext } from './clauses.js';
import { sentenceSubject } from './mention/clause-subject.js';
import { subjectAfter } from './mention/subject-after.js';
import { subjectBefore } from './mention/subject-before.js';
import { tokenize, type Token } from './tokens.js';

// Speakers that a quote without a reporting clause finds in the sentence or
// paragraph before it (continuation.ts decides when to look).

/**
 * The subject of a reporting verb in the last sentence of `para`, when that
 * sentence holds no quote of its own: 'The Chinese government suggested that
 * any Chinese nationals ... are doing so as private individuals.'
 */
export function reportedBy(text: string, para: Span, contexts: QuoteContext[], i: number): Attribution | null {
  const tokens = lastSentence(text, para);
  if (tokens.length === 0) return null;
  // A quote in that sentence would have given its speaker already, or been judged a fragment.
  for (let j = i - 1; j >= 0 && contexts[j].q.start >= para.start; j--) if (contexts[j].q.end > tokens[0].start) return null;
  for (let k = 1; k < tokens.length && k < 12; k++) {
    if (!isCue(tokens[k]) || isParticiple(tokens[k])) continue;
    const m = subjectBefore(tokens, k, text);
    return m ? { mention: m, cue: null, rule: 'previous-paragraph-reported' } : null;
  }
  return null;
}

/** The tokens of the last sentence of `para` (at most 400 characters of it). */
function lastSentence(text: string, para: Span): Token[] {
  const all = tokenize(text, Math.max(para.start, para.end - 400), para.end);
  let end = all.length;
  while (end > 0 && all[end - 1].punct) end--;
  let s = end;
  while (s > 0 && !(all[s - 1].punct && /^[.!?]$/.test(all[s - 1].text))) s--;
  return s === 0 && para.end - 400 > para.start ? [] : all.slice(s, end);
}

/** The subject of the sentence just before `pos` in the same paragraph (at most 400 characters back). */
export function previousSentenceSubject(text: string, paraStart: number, pos: number): Attribution | null {
  const tokens = tokenize(text, Math.max(paraStart, pos - 400), pos);
  let end = tokens.length;
  while (end > 0 && tokens[end - 1].punct) end--;
  let start = end;
  while (start > 0 && !(tokens[start - 1].punct && /^[.!?]$/.test(tokens[start - 1].text))) start--;
  if (start === 0 && pos - 400 > paraStart) return null;
  const sentence = tokens.slice(start, end);
  const m = sentenceSubject(sentence, sentence.length, text);
  return m && m.type !== 'group' ? { mention: m, cue: null, rule: 'previous-sentence' } : null;
}

/**
 * A paragraph ending in a colon introduces the quote of the next one: 'X said:',
 * 'Stated Stone:', 'As Breitbart News reported, ... :', or with no speech verb
 * at all its subject ('81-year-old Parker Eaton ... said that given the crop of
 * candidates on both sides:').
 */
export function introducedBy(text: string, para: Span): Attribution | null {
  if (text.charCodeAt(para.end - 1) !== 0x3a) return null;
  const all = tokenize(text, Math.max(para.start, para.end - 400), para.end);
  let s = all.length - 1;
  while (s > 0 && !(all[s - 1].punct && /^[.!?]$/.test(all[s - 1].text))) s--;
  const tokens = all.slice(s);
  for (let k = tokens.length - 2; k >= 0; k--) {
    if (!isCue(tokens[k])) continue;
    const m = k === 0 ? subjectAfter(tokens, k, text) : isParticiple(tokens[k]) ? sentenceSubject(tokens, k, text) : subjectBefore(tokens, k, text);
    if (m) return { mention: m, cue: tokens[k].lower, rule: 'intro-paragraph' };
  }
  const m = sentenceSubject(tokens, tokens.length - 1, text);
  return m ? { mention: m, cue: null, rule: 'intro-paragraph' } : null;
}
