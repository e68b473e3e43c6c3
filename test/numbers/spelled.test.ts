import { describe, expect, it } from 'vitest';
import { only, texts } from './helpers.js';

// The spelled-number parser and its grammar.
describe('spelled numbers', () => {
  it.each([
    ['They captured two soldiers.', 'two', 2, 'cardinal'],
    ['Some eleven thousand fled.', 'eleven thousand', 11000, 'cardinal'],
    ['It had one hundred and sixteen pages.', 'one hundred and sixteen', 116, 'cardinal'],
    ['It had twenty-one trillion three hundred units.', 'twenty-one trillion three hundred', 21000000000300, 'cardinal'],
    ['It was fifty - two in all.', 'fifty - two', 52, 'cardinal'],
    ['He bought a dozen eggs.', 'a dozen', 12, 'cardinal'],
    ['He bought three dozens eggs.', 'three dozens', 36, 'cardinal'],
    ['He bought half a dozen eggs.', 'half a dozen', 6, 'cardinal'],
    ['The answer is minus five point five.', 'minus five point five', -5.5, 'cardinal'],
    ['It is two hundred point seventy-one.', 'two hundred point seventy-one', 200.71, 'cardinal'],
    ['It is nine point nought four.', 'nine point nought four', 9.04, 'cardinal'],
    ['It cost half a million.', 'half a million', 500000, 'cardinal'],
    ['Half million eggs broke.', 'Half million', 500000, 'cardinal'],
    ['It is one billion and a half million.', 'one billion and a half million', 1000500000, 'cardinal'],
    ['It totals three lakh crore.', 'three lakh crore', 3e12, 'cardinal'],
    ['It was a hundred thousand.', 'a hundred thousand', 100000, 'cardinal'],
  ])('%s → %s', (text, span, value, kind) => {
    const f = only(text, span);
    expect(f.value).toBe(value);
    expect(f.kind).toBe(kind);
  });

  it.each([
    ['No one knows.'],
    ['The one who left was there.'],
    ['This one is better.'],
    ['One can never tell.'],
    ['They helped one another.'],
    ['Someone often tones it down alone.'],
    ['She has an idea and a plan.'],
    ['They marched one by one.'],
    ['In nineteen ninety-six it began.'],
  ])('finds no number in %s', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('stops "3 hundred and 2 hundred" after the first hundred', () => {
    expect(texts('3 hundred and 2 hundred are two valid numbers.')).toEqual(['3 hundred', '2 hundred', 'two']);
  });
});
