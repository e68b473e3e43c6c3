import { describe, expect, it } from 'vitest';
import { countWords, endsWith, isRegexSpace } from '../../src/furniture/words.js';

// countWords replaces `line.match(/\S+/g).length` (which built every word):
// it must count the same, up to its cap.
describe('countWords', () => {
  it.each([
    ['', 0],
    ['   ', 0],
    ['Getty Images', 2],
    ['  Photo:\tJane\u00a0Doe / Reuters ', 5],
    ['a\u2009b\u3000c\u200bd', 3], // U+200B is not a space for \s
    ['one two three four five', 5],
  ])('%j has %i words', (text, n) => {
    expect(countWords(text, 100)).toBe(n);
    expect(countWords(text, 100)).toBe(text.match(/\S+/g)?.length ?? 0);
  });
  it.each([
    ['one two three four five', 3, 3],
    ['one two three', 3, 3],
    ['one two', 3, 2],
  ])('%j counted up to %i gives %i', (text, cap, n) => {
    expect(countWords(text, cap)).toBe(n);
  });
});

describe('isRegexSpace', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isRegexSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

describe('endsWith', () => {
  it.each([
    ['(Jane Doe/Reuters)', ')'],
    ['(Jane Doe/Reuters)  \n', ')'],
  ])('%j ends with %j', (text, ch) => {
    expect(endsWith(text, ch)).toBe(true);
  });
  it.each([
    ['(Jane Doe/Reuters).', ')'],
    ['', ')'],
    ['   ', ')'],
  ])('%j does not end with %j', (text, ch) => {
    expect(endsWith(text, ch)).toBe(false);
  });
});
