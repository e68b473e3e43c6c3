import { accordingTo } from './attribution/according-to.js';
import { afterQuote } from './attribution/after-quote.js';
import { beforeQuote } from './attribution/before-quote.js';
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
  const after = afterQuote(c.after, text);
  if (after) return after;
  const before = beforeQuote(c.before, text);
  if (before && before.rule === 'before:X-said') return before;
  return accordingTo(c.before, c.after, text) ?? tailClause(c.after, text) ?? before;
}
