import { describe, expect, it } from 'vitest';
import { only, texts } from './helpers.js';

describe('ordinals', () => {
  it.each([
    ['The war is in its fourth year.', 'fourth', 4, 'year'],
    ['He finished 4th overall.', '4th', 4, null],
    ['the twenty-first round', 'twenty-first', 21, 'round'],
    ['the one hundred twenty-fifth day', 'one hundred twenty-fifth', 125, 'day'],
    ['the second-largest economy', 'second', 2, 'economy'],
    ['the first-ever visit', 'first', 1, 'visit'],
    ['the second country after North Korea', 'second', 2, 'country'],
    ['the first person convicted of it', 'first', 1, 'person'],
    ['the first to get it', 'first', 1, null],
    ['two hundredth anniversary', 'two hundredth', 200, 'anniversary'],
  ])('%s → %s', (text, span, value, subject) => {
    expect(only(text, span)).toMatchObject({ kind: 'ordinal', value, subject });
  });

  it.each([
    ['a first-hand account'],
    ['a 1th place'],
    ['on May 4th they met'],
    ['the 4th of July parade'],
  ])('finds no ordinal in %s', (text) => {
    expect(texts(text)).toEqual([]);
  });
});
