import { describe, expect, it } from 'vitest';
import { only, texts } from './helpers.js';

describe('vague amounts', () => {
  it.each([
    ['several hundred Chinese nationals', 'several hundred', [200, 900], 'several', 'Chinese nationals'],
    ['dozens of civilians', 'dozens', [24, 99], 'dozens', 'civilians'],
    ['hundreds of people', 'hundreds', [200, 999], 'hundreds', 'people'],
    ['Thousands gathered.', 'Thousands', [2000, 9999], 'thousands', null],
    ['tens of thousands of troops', 'tens of thousands', [20000, 99999], 'tens', 'troops'],
    ['a few soldiers', 'a few', [2, 5], 'a few', 'soldiers'],
    ['several were hurt', 'several', [3, 9], 'several', null],
    ['a few thousand protesters', 'a few thousand', [2000, 5000], 'a few', 'protesters'],
    ['at least several hundred Chinese nationals', 'several hundred', [200, 900], 'at least', 'Chinese nationals'],
  ])('%s → %s', (text, span, value, approximate, subject) => {
    expect(only(text, span)).toMatchObject({ value, approximate, subject, kind: 'cardinal' });
  });

  it.each([['Test scores improved.'], ['Few people came.'], ['Many were hurt.']])('finds nothing in %s', (text) => {
    expect(texts(text)).toEqual([]);
  });
});
