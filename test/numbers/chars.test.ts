import { describe, expect, it } from 'vitest';
import { afterWordAndSpace, isRegexSpace, wordAfter, wordBefore } from '../../src/extract/numbers/context.js';

// The character tests that stand in for regexes in the hot paths must agree with
// the regexes exactly, or a speed-up would change what is found.
describe('isRegexSpace', () => {
  it('agrees with /\\s/ on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isRegexSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
  it('is false past the end of a string (NaN)', () => {
    expect(isRegexSpace(''.charCodeAt(0))).toBe(false);
  });
});

describe('afterWordAndSpace', () => {
  it.each([
    ['5 percent of 20', 13, 'of'],
    ['percents OF  20', 13, 'of'],
    ['per cent of\u00a020', 12, 'of'],
  ])('%s at %i follows "%s" and spaces', (text, pos, word) => {
    expect(afterWordAndSpace(text, pos, word)).toBe(true);
  });
  it.each([
    ['proof 20', 6, 'of'], // "of" inside a word still passes this cheap test …
  ])('%s: a necessary condition only', (text, pos, word) => {
    expect(afterWordAndSpace(text, pos, word)).toBe(true);
  });
  it.each([
    ['of20', 2, 'of'], // no space
    ['off 20', 4, 'of'],
    ['20', 0, 'of'], // start of text
    ['   20', 3, 'of'], // only spaces
  ])('%s at %i does not follow "%s" and spaces', (text, pos, word) => {
    expect(afterWordAndSpace(text, pos, word)).toBe(false);
  });
});

describe('wordBefore / wordAfter remember their last answer', () => {
  it('gives the same answer for the same text and position, and a fresh one elsewhere', () => {
    const t = 'rose to 150 people';
    expect(wordBefore(t, 8)).toEqual({ word: 'to', start: 5, end: 7 });
    expect(wordBefore(t, 8)).toEqual({ word: 'to', start: 5, end: 7 });
    expect(wordBefore('fell by 3', 8)).toEqual({ word: 'by', start: 5, end: 7 });
    expect(wordAfter(t, 11)).toEqual({ word: 'people', start: 12, end: 18 });
    expect(wordAfter('150 dlrs', 3)).toEqual({ word: 'dlrs', start: 4, end: 8 });
    expect(wordAfter('150.', 3)).toBeNull();
  });
});
