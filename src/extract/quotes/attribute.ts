import { accordingTo } from './attribution/according-to.js';
import { afterQuote } from './attribution/after-quote.js';
import { beforeQuote } from './attribution/before-quote.js';
import { colonIntro } from './attribution/colon-intro.js';
import { dashCredit } from './attribution/dash-credit.js';
import { transcriptLabel } from './attribution/transcript-label.js';
import { tailClause } from './attribution/tail.js';
import type { Attribution } from './attribution/types.js';
import { isCue, isParticiple } from './attribution/cues.js';
import type { QuoteContext } from './clauses.js';
import type { Token } from './tokens.js';

/**
 * The speaker rules in order of how directly they frame the quote: the
 * reporting clause right after it, a verb introducing it, "according to", a
 * reporting clause closing the sentence, and last a verb further back in the
 * sentence whose object the quote is part of.
 */
export function attribute(c: QuoteContext, text: string): Attribution | null {
  const label = transcriptLabel(text, c.q.start, c.q.end);
  if (label) return label;
  const after = afterClauseApplies(c, text) ? afterQuote(c.after, text) : null;
  if (after) return openingParticiple(c.before) ? { ...after, cue: c.before[0].lower } : after;
  const before = beforeQuote(c.before, text);
  const according = accordingTo(c.before, c.after, text);
  // 'According to Zelensky, Ukraine has intelligence suggesting there are “several hundred”': a
  // participle, whose subject is only inferred, yields to the source the sentence names.
  if (before && according && before.cue !== null && before.cue.endsWith('ing')) return according;
  if (before && before.rule === 'before:X-said') return before;
  // 'according to the FNV union, which called the offer "an insult"': the source is the
  // one the sentence names, and the verb that introduces the quote is the relative clause's.
  if (according?.mention) {
    const cue = relativeClauseCue(c.before, according.mention.end);
    if (cue) return { ...according, cue, rule: 'according-to:which' };
  }
  return (
    according ??
    dashCredit(c.after, text) ??
    (afterClauseApplies(c, text) ? tailClause(c.after, text) : null) ??
    before ??
    colonIntro(c.before, text)
  );
}

/**
 * A quote whose words end with a full stop closes its sentence: what follows is
 * a new sentence ('... called the lines "unacceptable." Phoenix Mayor Greg
 * Stanton wrote a letter'), unless the quote stands alone and a short
 * reporting clause follows ('"We will win." Trump said.', common in hasty copy).
 */
function afterClauseApplies(c: QuoteContext, text: string): boolean {
  if (!/\.["'”’)]*$/.test(text.slice(Math.max(c.q.start, c.q.end - 3), c.q.end))) return true;
  const last = c.before.length ? c.before[c.before.length - 1].text : null;
  return (last === null || last === ':') && c.after.length <= 8;
}

/** ", which/who [adverb] VERB" right after `end` (a mention's end) in `before`: that speech verb, lower-cased. */
function relativeClauseCue(before: Token[], end: number): string | null {
  const i = before.findIndex((t) => t.start >= end);
  if (i < 0 || before[i].text !== ',' || !['which', 'who'].includes(before[i + 1]?.lower ?? '')) return null;
  for (const t of before.slice(i + 2, i + 4)) if (isCue(t)) return t.lower;
  return null;
}

/**
 * 'Calling the moves “completely justified,” he added': a participle opening
 * the sentence frames the quote; its subject is the main clause's, after the quote.
 */
function openingParticiple(before: Token[]): boolean {
  return before.length > 0 && before.length <= 8 && before[0].cap && isCue(before[0]) && isParticiple(before[0]) && !before.some((t) => t.punct);
}
