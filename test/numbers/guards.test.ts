import { describe, expect, it } from 'vitest';
import { numbersIn, texts } from './helpers.js';

// The speed-ups put cheap character tests before the look-around regexes
// (minus word, lead word, currency code or name, percent, unit, qualifier,
// time). These cases sit on the edges of those tests: unusual case, spacing
// and spelling, where a test that is too strict would lose a finding.
describe('findings on the edges of the cheap tests', () => {
  it.each([
    ['It fell to NEGATIVE 4 degrees.', 'NEGATIVE 4 degrees', -4, null, null],
    ['It fell to Minus  5 on Tuesday.', 'Minus  5', -5, null, null],
    ['They paid usd 5 for it.', 'usd 5', 5, 'USD', null],
    ['They paid rs 500 for it.', 'rs 500', 500, 'INR', null],
    ['They paid Rs. 500 for it.', 'Rs. 500', 500, 'INR', null],
    ['They paid RMB 100 for it.', 'RMB 100', 100, 'CNY', null],
    ['Profit was 40 mln Hong Kong dollars.', '40 mln Hong Kong dollars', 40e6, 'HKD', null],
    ['Profit was 15 mln U.S. dlrs.', '15 mln U.S. dlrs', 15e6, 'USD', null],
    ['Sales were Australian dollar 29.4bn last year.', 'Australian dollar 29.4bn', 29.4e9, 'AUD', null],
    ['Turnout was 5\u00a0percent of voters.', '5\u00a0percent', 5, null, null],
    ['Turnout was 5  % of voters.', '5', 5, null, null],
    ['It is circa 300 years old and costs approx. 5 dollars.', '5 dollars', 5, 'USD', 'approx.'],
    ['Prices rose up to 12 percent.', '12 percent', 12, null, 'up to'],
    ['Prices rose by well over 12 percent.', '12 percent', 12, null, 'well over'],
  ])('%s → %s', (text, span, value, unit, approximate) => {
    const f = numbersIn(text).find((x) => x.text === span);
    expect(f, JSON.stringify(texts(text))).toBeDefined();
    expect(f!.value).toBe(value);
    if (unit !== null) expect(f!.unit).toBe(unit);
    expect(f!.approximate).toBe(approximate);
  });

  it.each([
    ['The flight left at 5 PM sharp.', '5'],
    ['The flight left at 0800 GMT.', '0800'],
    ['It takes 2 min read time.', '2'],
  ])('%s: %s is a time, not a number', (text, span) => {
    expect(texts(text)).not.toContain(span);
  });
});
