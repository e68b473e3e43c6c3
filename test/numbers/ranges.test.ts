import { describe, expect, it } from 'vitest';
import { only, texts } from './helpers.js';

describe('ranges', () => {
  it.each([
    ['between 10 and 20 people', 'between 10 and 20', [10, 20], 'cardinal', 'people'],
    ['It took 10 to 20 minutes of work: 10 to 20 steps.', '10 to 20', [10, 20], 'cardinal', 'steps'],
    ['10-20 people', '10-20', [10, 20], 'cardinal', 'people'],
    ['a $10-20 million deal', '$10-20 million', [1e7, 2e7], 'money', null],
    ['a 10 to 20 percent rise', '10 to 20 percent', [10, 20], 'percent', null],
    ["within the Bank's 2-3% target", '2-3%', [2, 3], 'percent', null],
    ['between $5 million and $10 million', 'between $5 million and $10 million', [5e6, 1e7], 'money', null],
  ])('%s → %s', (text, span, value, kind, subject) => {
    expect(only(text, span)).toMatchObject({ value, kind, subject });
  });

  it.each([
    ['Prices rose from 10 to 20.', ['10', '20']],
    ['They won 2-1 on Sunday.', []],
    ['The final score was 3-1.', []],
    ['The central bank lifted interest rates 0.25% to 5.5%.', ['0.25%', '5.5%']],
    ['The vote was 52 to 48.', ['52', '48']],
  ])('does not make a range of %s', (text, want) => {
    expect(texts(text)).toEqual(want);
  });
});
