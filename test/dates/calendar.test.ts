import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, easter, fmtWeek, fromDayNumber, isoWeek, nthWeekday, weekday } from '../../src/extract/dates/calendar.js';
import { durationValue } from '../../src/extract/dates/duration-value.js';
import { amountValue } from '../../src/extract/dates/amount.js';

describe('calendar arithmetic', () => {
  it.each([
    [{ y: 1970, m: 1, d: 1 }, 0],
    [{ y: 2000, m: 3, d: 1 }, 11017],
    [{ y: 1969, m: 12, d: 31 }, -1],
  ])('day number of %o is %i', (day, n) => {
    expect(dayNumber(day)).toBe(n);
    expect(fromDayNumber(n)).toEqual(day);
  });
  it.each([
    [{ y: 2025, m: 4, d: 9 }, 3],
    [{ y: 1989, m: 10, d: 26 }, 4],
    [{ y: 2000, m: 2, d: 29 }, 2],
  ])('weekday of %o is %i', (day, wd) => expect(weekday(day)).toBe(wd));
  it.each([
    [{ y: 2025, m: 4, d: 9 }, '2025-W15'],
    [{ y: 2024, m: 12, d: 30 }, '2025-W01'],
    [{ y: 2021, m: 1, d: 3 }, '2020-W53'],
  ])('ISO week of %o is %s', (day, w) => expect(fmtWeek(day)).toBe(w));
  it('adds days across a leap day', () => expect(addDays({ y: 2024, m: 2, d: 28 }, 2)).toEqual({ y: 2024, m: 3, d: 1 }));
  it('finds Thanksgiving and Memorial Day', () => {
    expect(nthWeekday(1999, 11, 4, 4)).toEqual({ y: 1999, m: 11, d: 25 });
    expect(nthWeekday(2025, 5, 1, -1)).toEqual({ y: 2025, m: 5, d: 26 });
  });
  it('computes Easter', () => {
    expect(easter(2024)).toEqual({ y: 2024, m: 3, d: 31 });
    expect(easter(2025)).toEqual({ y: 2025, m: 4, d: 20 });
  });
  it('isoWeek keeps the week-year', () => expect(isoWeek({ y: 2021, m: 1, d: 3 })).toEqual({ year: 2020, week: 53 }));
});

describe('duration values and amounts', () => {
  it.each([
    [2, 'M', 'P2M'],
    [24, 'H', 'PT24H'],
    [2.5, 'Y', 'P2Y6M'],
    [1.5, 'MIN', 'PT1M30S'],
    [1, 'DE', 'P10Y'],
    [0.5, 'H', 'PT30M'],
    ['X', 'D', 'PXD'],
    ['X', 'H', 'PTXH'],
  ] as const)('%s %s is %s', (n, unit, v) => expect(durationValue(n, unit)).toBe(v));
  it.each([
    ['two', 2],
    ['twenty four', 24],
    ['twenty-four', 24],
    ['a hundred', 100],
    ['2 1/2', 2.5],
    ['several', 'X'],
    ['a couple of', 2],
  ])('%s counts %s', (t, n) => expect(amountValue(t)).toBe(n));
});
