import type { Span } from '../../types.js';
import { isCue, isParticiple } from './attribution/cues.js';
import { dashCredit } from './attribution/dash-credit.js';
import type { Attribution } from './attribution/types.js';
import type { QuoteContext } from './clauses.js';
import { sentenceSubject, subjectAfter, subjectBefore } from './speaker-mention.js';
import { tokenize } from './tokens.js';

/**
 * Quotes with no reporting clause of their own take the speaker of their
 * neighbours: the other half of a split quote or the next quote in the same
 * paragraph ('"A," he said. "B."'), the pieces of a quote running over several
 * paragraphs, and a quote-only paragraph continuing the previous paragraph's
 * speaker (or the one a paragraph ending 'X said:' introduces). `found[i]` is
 * rewritten in place.
 */
export function inheritSpeakers(
  contexts: QuoteContext[], found: (Attribution | null)[], text: string, paragraphs: readonly Span[], kinds: readonly string[],
): void {
  // Within a paragraph: the nearest attributed quote before, else after. One pass each way, so
  // a paragraph of thousands of quotes stays linear.
  const original = found.slice();
  const nextAfter: (Attribution | null)[] = new Array(contexts.length).fill(null);
  for (let i = contexts.length - 2; i >= 0; i--) {
    if (contexts[i + 1].q.para !== contexts[i].q.para) continue;
    const a = original[i + 1];
    nextAfter[i] = a?.mention && a.rule.startsWith('after') ? a : nextAfter[i + 1];
  }
  let lastInPara: Attribution | null = null;
  for (let i = 0; i < contexts.length; i++) {
    const c = contexts[i];
    const para = c.q.para;
    if (i > 0 && contexts[i - 1].q.para !== para) lastInPara = null;
    if (found[i]) {
      if (found[i]!.mention) lastInPara = found[i];
      continue;
    }
    if (lastInPara) {
      found[i] = { mention: lastInPara.mention, cue: lastInPara.cue, rule: 'same-paragraph' };
      continue;
    }
    // 'Clinton touted her credentials. "We need ..."': a quote opening a later sentence of the
    // paragraph belongs to the previous sentence's subject.
    if (c.before.length === 0 && c.indexInPara === 0 && c.q.open > paragraphs[para].start) {
      const prev = previousSentenceSubject(text, paragraphs[para].start, c.q.open);
      if (prev) {
        found[i] = prev;
        lastInPara = prev;
        continue;
      }
    }
    if (c.before.some(isCue)) continue;
    const next = nextAfter[i];
    if (next) found[i] = { mention: next.mention, cue: next.cue, rule: 'same-paragraph' };
  }
  // '"Boeing and GE ... pay zero taxes." / - Sanders.': a credit line as the next paragraph.
  for (let i = 0; i < contexts.length; i++) {
    const c = contexts[i];
    const last = i + 1 === contexts.length || contexts[i + 1].q.para !== c.q.para;
    if (found[i] || !last || c.after.length > 0 || c.q.para + 1 >= paragraphs.length) continue;
    const next = paragraphs[c.q.para + 1];
    if (next.end - next.start > 80) continue;
    const credit = dashCredit(tokenize(text, next.start, next.end), text);
    if (credit) for (let j = i; j >= 0 && contexts[j].q.para === c.q.para && !found[j]; j--) found[j] = credit;
  }
  // A quote running over paragraphs: a first piece takes the speaker named in a later piece.
  for (let i = contexts.length - 2; i >= 0; i--) {
    const next = contexts[i + 1];
    if (!found[i] && contexts[i].q.continues && next.q.continued && found[i + 1]?.mention) found[i] = found[i + 1];
  }
  // Across paragraphs, in document order so that a chain of quote-only paragraphs carries the speaker along.
  for (let i = 0; i < contexts.length; i++) {
    const c = contexts[i];
    if (found[i] || c.indexInPara !== 0 || c.before.length > 0 || c.q.para === 0) continue;
    const intro = introducedBy(text, paragraphs[c.q.para - 1]);
    if (intro) {
      found[i] = intro;
      continue;
    }
    // Only speech carries over: a fragment woven into the previous paragraph ('described the reports
    // as "disturbing"') does not make its subject the speaker of the next paragraph's quote.
    let j = i - 1;
    while (j >= 0 && contexts[j].q.para === c.q.para - 1 && !(found[j]?.mention && kinds[j] === 'direct')) j--;
    if (j >= 0 && contexts[j].q.para === c.q.para - 1 && found[j]?.mention) {
      found[i] = { mention: found[j]!.mention, cue: null, rule: 'previous-paragraph' };
      for (let k = i + 1; k < contexts.length && contexts[k].q.para === c.q.para; k++) {
        if (!found[k]) found[k] = found[i];
      }
    }
  }
}

/** The subject of the sentence just before `pos` in the same paragraph (at most 400 characters back). */
function previousSentenceSubject(text: string, paraStart: number, pos: number): Attribution | null {
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
function introducedBy(text: string, para: Span): Attribution | null {
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
