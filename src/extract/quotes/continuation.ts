import { CHARACTERIZING_VERBS } from '../../lexicon/speech-verbs.js';
import type { Span } from '../../types.js';
import { isCue } from './attribution/cues.js';
import { dashCredit } from './attribution/dash-credit.js';
import type { Attribution } from './attribution/types.js';
import type { QuoteContext } from './clauses.js';
import { introducedBy, previousSentenceSubject, reportedBy } from './intro-clauses.js';
import { tokenize, type Token } from './tokens.js';

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
      // '... urged parties to refrain from “irresponsible” remarks and adding that it had “actively
      // promoted ...”': a reporting verb of its own, whose subject is the earlier quote's speaker.
      const own = ownCue(c.before);
      found[i] = { mention: lastInPara.mention, cue: own ?? lastInPara.cue, rule: 'same-paragraph' };
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
    while (j >= 0 && contexts[j].q.para === c.q.para - 1 && !(found[j]?.mention && (kinds[j] === 'direct' || reports(found[j]!)))) j--;
    if (j >= 0 && contexts[j].q.para === c.q.para - 1 && found[j]?.mention) {
      found[i] = { mention: found[j]!.mention, cue: null, rule: 'previous-paragraph' };
    } else {
      // 'The Chinese government suggested that ... . / “China is neither the creator ...”': a
      // paragraph of reported speech whose last sentence has a reporting verb and a subject
      // introduces the quote-only paragraph after it.
      found[i] = reportedBy(text, paragraphs[c.q.para - 1], contexts, i);
    }
    for (let k = i + 1; found[i] && k < contexts.length && contexts[k].q.para === c.q.para; k++) {
      if (!found[k]) found[k] = found[i];
    }
  }
}

/** A partial quote whose verb reports speech ('saying he has “made a lot of money”'), not one that characterises ('called it “rigged”'). */
function reports(a: Attribution): boolean {
  return a.cue !== null && !CHARACTERIZING_VERBS.has(a.cue);
}

/** The nearest reporting verb before a quote, in its own words (lower case), or null. */
function ownCue(before: Token[]): string | null {
  for (let k = before.length - 1; k >= 0; k--) if (isCue(before[k])) return before[k].lower;
  return null;
}
