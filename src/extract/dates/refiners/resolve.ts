import type { Context } from '../../context.js';
import { parseDay } from '../calendar.js';
import { parsePoint } from '../timex-value.js';
import type { DateCandidate } from '../types.js';

/**
 * Gives relative expressions their values in document order, so that "the
 * following day" counts from the date mentioned last, not from the
 * publication date. Comparisons ("a year earlier") and vague references
 * never become that anchor.
 */
export function resolveInOrder(found: DateCandidate[], ctx: Context): DateCandidate[] {
  const ref = parseDay(ctx.referenceDate);
  let last: string | null = null;
  let lastQuarter: string | null = null;
  let lastPeriod: string | null = null;
  for (const c of found) {
    if (c.resolve) c.value = c.resolve({ ref, last, lastQuarter, lastPeriod });
    // "the year-earlier period" after "the nine months" is that span of months again.
    if (c.kind === 'date' && c.value && /^P[\dX]/.test(c.value)) c.kind = 'duration';
    if (c.period && c.value) lastPeriod = c.value;
    if (c.noAnchor || (c.kind !== 'date' && c.kind !== 'time')) continue;
    const p = parsePoint(c.value);
    if (!p) continue;
    last = c.value;
    // A quarter still to come ("the third quarter of 1990" in a 1989 story) is a
    // forecast: "the year-ago period" and "a year earlier" compare the one reported.
    if (p.unit === 'quarter' && !(ref && p.y * 4 + p.q! > ref.y * 4 + Math.ceil(ref.m / 3))) lastQuarter = lastPeriod = c.value;
  }
  return found;
}
