import { describe, expect, it } from 'vitest';
import { only, texts } from './helpers.js';

// The digits parser: separators, decimals, signs, scales written after the digits.
describe('digits parser', () => {
  it.each([
    ['They counted 150 of them.', '150', 150],
    ['About 11,000 arrived.', '11,000', 11000],
    ['The index rose to 5.93 on Monday.', '5.93', 5.93],
    ['Temperatures of -9.5 were recorded.', '-9.5', -9.5],
    ['Temperatures of minus 5 were recorded.', 'minus 5', -5],
    ['A crowd of 40 000 gathered.', '40 000', 40000],
    ['A crowd of 40\u202f000 gathered.', '40\u202f000', 40000],
    ['The result is 12,34,567.89 here.', '12,34,567.89', 1234567.89],
    ['They sold 1,674,200.5 units.', '1,674,200.5', 1674200.5],
    ['It reached 2.5bn viewers.', '2.5bn', 2.5e9],
    ['It reached 10k viewers.', '10k', 10000],
    ['It reached 1.5m people.', '1.5m', 1.5e6],
    ['It reached 2 million people.', '2 million', 2e6],
    ['It reached 322 hundred people.', '322 hundred', 32200],
    ['It reached 4 thousand 3 hundred and 21 people.', '4 thousand 3 hundred and 21', 4321],
    ['Output was 10 bln units.', '10 bln', 1e10],
    ['It is 5,00 in some countries.', '5,00', 5],
    ['It fell by .5 points.', '.5', 0.5],
  ])('%s → %s', (text, span, value) => {
    expect(only(text, span).value).toBe(value);
  });

  it.each([
    ['The G7 summit opened.'],
    ['The A320 landed.'],
    ['A new 5G network.'],
    ['Flat 11a was empty.'],
    ['Version 2.1.3 is out.'],
    ['The server at 192.168.1.2 failed.'],
    ['The 1990s were different.'],
    // Digits glued to a letter of another script (a page quoting Chinese): no unit, no crash.
    ['它成立于 2018年。'],
  ])('finds no number in %s', (text) => {
    expect(texts(text)).toEqual([]);
  });

  it('reads "423 0000" as two numbers, since a thousands group has three digits', () => {
    expect(texts('Dial 423 0000 now.')).toEqual(['423', '0000']);
  });
});
