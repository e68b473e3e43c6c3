import { MONTH_SOURCE, monthNumber } from '../../lexicon/months.js';
import { type Day, dayNumber } from './calendar.js';
import { nearestYear } from './timex-value.js';

// "the quarter ended Sept. 30", "the second quarter ended Oct. 31": earnings
// copy names a reporting period by its last day. That day fixes the period's
// year (a fiscal "fourth quarter ended June 30" belongs to the year of June 30)
// and, for a bare "the quarter", which quarter it is.
const ENDED = new RegExp(`^\\s*,?\\s+(ended|ending)\\s+(${MONTH_SOURCE})\\s+(\\d{1,2})\\b(?:,?\\s+(\\d{4}))?`);

export interface PeriodEnd {
  month: number;
  day: number;
  year: number | null;
  /** "ended" is over: its day lies on or before the reference date. */
  past: boolean;
}

/** The end date stated right after a period's name, or null. */
export function periodEnd(after: string): PeriodEnd | null {
  const m = ENDED.exec(after);
  if (!m) return null;
  const month = monthNumber(m[2]);
  const day = +m[3];
  if (!month || day < 1 || day > 31) return null;
  return { month, day, year: m[4] ? +m[4] : null, past: m[1] === 'ended' };
}

/** The year of the end date: as stated, else the latest on or before the reference day ("ended"), else the nearest. */
export function endYear(e: PeriodEnd, ref: Day): number {
  if (e.year !== null) return e.year;
  if (!e.past) return nearestYear(ref, e.month, e.day);
  const thisYear = dayNumber({ y: ref.y, m: e.month, d: Math.min(e.day, 28) });
  return thisYear <= dayNumber(ref) ? ref.y : ref.y - 1;
}

/**
 * The calendar quarter a three-month period ending on that day mostly lies
 * in: its middle month decides ("ended July 31" is May to July, Q2).
 */
export function quarterEndingOn(e: PeriodEnd, ref: Day): { y: number; q: number } {
  const y = endYear(e, ref);
  const middle = e.month - 1;
  return middle === 0 ? { y: y - 1, q: 4 } : { y, q: Math.ceil(middle / 3) };
}
