import { describe, expect, it } from 'vitest';
import { only, texts } from './helpers.js';

describe('percentages', () => {
  it.each([
    ['It rose 12 percent.', '12 percent', 12],
    ['It rose 12%.', '12%', 12],
    ['It rose 27 % in the quarter.', '27 %', 27],
    ['It rose 12 pct.', '12 pct', 12],
    ['It rose 12 per cent.', '12 per cent', 12],
    ['It rose 12pc.', '12pc', 12],
    ['a 10-percent rise', '10-percent', 10],
    ['one hundred percent', 'one hundred percent', 100],
    ['percents of twenty', 'percents of twenty', 20],
    ['per cent of twenty-two', 'per cent of twenty-two', 22],
  ])('%s → %s', (text, span, value) => {
    expect(only(text, span)).toMatchObject({ kind: 'percent', value, unit: null, subject: null });
  });

  it('reads percentage points as a unit, not a percentage', () => {
    expect(only('up 0.3 percentage points', '0.3 percentage points')).toMatchObject({ kind: 'quantity', unit: 'percentage points' });
  });

  it('does not turn "5 percent of 200" into a percentage of 200', () => {
    expect(texts('5 percent of 200 voters')).toEqual(['5 percent', '200']);
    expect(only('5 percent of 200 voters', '200').kind).toBe('cardinal');
  });

  it.each([['What percentage was it?'], ['Percent signs matter.']])('finds nothing in %s', (text) => {
    expect(texts(text)).toEqual([]);
  });
});
