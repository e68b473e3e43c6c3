import { accordingTo } from './attribution/according-to.js';
import { afterQuote } from './attribution/after-quote.js';
import { beforeQuote } from './attribution/before-quote.js';
import { colonIntro } from './attribution/colon-intro.js';
import { dashCredit } from './attribution/dash-credit.js';
import { transcriptLabel } from './attribution/transcript-label.js';
import { tailClause } from './attribution/tail.js';
import type { Attribution } from './attribution/types.js';
import type { QuoteContext } from './clauses.js';

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
  if (after) return after;
  const before = beforeQuote(c.before, text);
  if (before && before.rule === 'before:X-said') return before;
  return (
    accordingTo(c.before, c.after, text) ??
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
