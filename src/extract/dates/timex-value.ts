// Arithmetic on TimeML values at their own precision: "last week" is the
// reference date's ISO week minus one, "a year earlier" after "the third
// quarter" is that quarter a year before.

import { addDays, addMonths, type Day, fmtDay, fmtMonth, fmtWeek, fmtYear, isoWeek, parseDay, weekday } from './calendar.js';
import type { Tense } from './tense.js';

export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** A date value split into its parts; `unit` is its precision. */
export interface Point {
  unit: Unit;
  y: number;
  m?: number;
  d?: number;
  q?: number;
  w?: number;
}

/** Parses a dated TimeML value (not durations, sets or *_REF), or null. */
export function parsePoint(v: string | null): Point | null {
  if (!v) return null;
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (m) return { unit: 'day', y: +m[1], m: +m[2], d: +m[3] };
  m = /^(\d{4})-W(\d{2})/.exec(v);
  if (m) return { unit: 'week', y: +m[1], w: +m[2] };
  m = /^(\d{4})-Q(\d)$/.exec(v);
  if (m) return { unit: 'quarter', y: +m[1], q: +m[2] };
  m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m) return { unit: 'month', y: +m[1], m: +m[2] };
  m = /^(\d{4})(?:-(?:SP|SU|FA|WI|H[12]))?$/.exec(v);
  if (m) return { unit: 'year', y: +m[1] };
  return null;
}

export function fmtQuarter(y: number, q: number): string {
  return `${fmtYear(y)}-Q${q}`;
}

/** The value `n` units from `day`, at that unit's precision. */
export function shift(day: Day, unit: Unit, n: number): string {
  switch (unit) {
    case 'day':
      return fmtDay(addDays(day, n));
    case 'week':
      return fmtWeek(addDays(day, 7 * n));
    case 'month': {
      const r = addMonths(day.y, day.m, n);
      return fmtMonth(r.y, r.m);
    }
    case 'quarter': {
      const r = addMonths(day.y, day.m, 3 * n);
      return fmtQuarter(r.y, Math.ceil(r.m / 3));
    }
    case 'year':
      return fmtYear(day.y + n);
    case 'decade':
      return fmtYear(day.y + 10 * n).slice(0, 3);
    case 'century':
      return fmtYear(day.y + 100 * n).slice(0, 2);
  }
}

/** Shifts a value by `n` of its own unit ("the following day", "a year earlier" after a quarter). */
export function shiftPoint(p: Point, unit: Unit, n: number): string | null {
  if (unit === 'year') {
    if (p.unit === 'quarter') return fmtQuarter(p.y + n, p.q!);
    if (p.unit === 'month') return fmtMonth(p.y + n, p.m!);
    if (p.unit === 'day') return fmtDay({ y: p.y + n, m: p.m!, d: Math.min(p.d!, p.m === 2 && p.d === 29 ? 28 : p.d!) });
    return fmtYear(p.y + n);
  }
  if (unit === 'quarter' && p.unit === 'quarter') {
    const t = p.y * 4 + (p.q! - 1) + n;
    return fmtQuarter(Math.floor(t / 4), (t % 4) + 1);
  }
  if (unit === 'month' && (p.unit === 'month' || p.unit === 'day')) {
    const r = addMonths(p.y, p.m!, n);
    return fmtMonth(r.y, r.m);
  }
  if ((unit === 'day' || unit === 'week') && p.unit === 'day') {
    return unit === 'day' ? fmtDay(addDays({ y: p.y, m: p.m!, d: p.d! }, n)) : fmtWeek(addDays({ y: p.y, m: p.m!, d: p.d! }, 7 * n));
  }
  return null;
}

/** Shifts a value by `n` units and states the result at that unit's precision ("the following year" → 1996). */
export function shiftTo(p: Point, unit: Unit, n: number): string | null {
  if (unit === 'year') return fmtYear(p.y + n);
  if (unit === 'decade' || unit === 'century') return shift({ y: p.y, m: 1, d: 1 }, unit, n);
  if (p.unit === 'day') return shift({ y: p.y, m: p.m!, d: p.d! }, unit, n);
  if (unit === 'month' && p.unit === 'month') return shift({ y: p.y, m: p.m!, d: 1 }, unit, n);
  if (unit === 'quarter' && p.unit === 'quarter') return shiftPoint(p, 'quarter', n);
  return null;
}

/**
 * A weekday relative to the reference day: past tense → the latest such day
 * on or before it, future → the first on or after it; "last"/"next" force
 * the week before/after.
 */
export function resolveWeekday(ref: Day, wd: number, tense: Tense, mod: 'last' | 'next' | 'this' | null): string {
  const today = weekday(ref);
  let delta: number;
  if (mod === 'last') delta = -(((today - wd + 7) % 7) || 7);
  else if (mod === 'next') delta = ((wd - today + 7) % 7) || 7;
  else if (tense === 'future') delta = (wd - today + 7) % 7;
  else delta = -((today - wd + 7) % 7);
  return fmtDay(addDays(ref, delta));
}

/**
 * The year of a month named without one: the past tense looks back, the
 * future forward; 'nearest' takes the occurrence nearest the reference date;
 * with no tense at all the past is favoured.
 */
export function yearOfMonth(ref: Day, month: number, tense: Tense | 'nearest'): number {
  if (tense === 'past') return month > ref.m ? ref.y - 1 : ref.y;
  if (tense === 'future') return month < ref.m ? ref.y + 1 : ref.y;
  if (tense === 'nearest') return month - ref.m > 6 ? ref.y - 1 : ref.m - month > 6 ? ref.y + 1 : ref.y;
  // No tense: news reports what happened, so a month up to nine back is the
  // one gone ("rose in June from $29.75 in March", in October), and only one
  // up to three ahead is still to come.
  if (month - ref.m > 3) return ref.y - 1;
  if (ref.m - month > 9) return ref.y + 1;
  return ref.y;
}

/** The year that puts month/day nearest the reference day (within half a year). */
export function nearestYear(ref: Day, month: number, day: number): number {
  const diff = (month - ref.m) * 31 + (day - ref.d);
  if (diff > 183) return ref.y - 1;
  if (diff < -183) return ref.y + 1;
  return ref.y;
}

export { parseDay, isoWeek };
