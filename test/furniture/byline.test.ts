import { describe, expect, it } from 'vitest';
import { parseByline, parseDateline } from '../../src/furniture/byline.js';
import { parseDateText } from '../../src/furniture/dateline.js';

const bylines: Array<[string, string[], string | null]> = [
  ['By Maria Varenikova and David Pierson New York Times', ['Maria Varenikova', 'David Pierson'], null],
  ['by Kateryna Denisova April 11, 2025 8:46 PM 2 min read', ['Kateryna Denisova'], '2025-04-11T20:46'],
  ['By Anna J. Kowalski', ['Anna J. Kowalski'], null],
  ['By Tom Balmforth, Olena Harmash and Max Hunder', ['Tom Balmforth', 'Olena Harmash', 'Max Hunder'], null],
  ['By Ruth van der Berg | Updated 3 May 2024 09:15 GMT', ['Ruth van der Berg'], '2024-05-03T09:15'],
  ['By Samuel Okoro, Associated Press', ['Samuel Okoro'], null],
  ['Written by Li Wei Chen', ['Li Wei Chen'], null],
  ['By Reuters', [], null],
  // The separators between authors, with the spaces around them in any number.
  ['By Tom Balmforth, Olena Harmash, and Max Hunder', ['Tom Balmforth', 'Olena Harmash', 'Max Hunder'], null],
  ['By Tom Balmforth & Olena Harmash', ['Tom Balmforth', 'Olena Harmash'], null],
  ['By Tom Balmforth ,  Olena Harmash  and   Max Hunder', ['Tom Balmforth', 'Olena Harmash', 'Max Hunder'], null],
  // A long run of spaces with no separator after it (read once, not once per space).
  [`By Tom${'\t'.repeat(150)}Balmforth`, ['Tom Balmforth'], null],
];

const notBylines = [
  'By Tuesday, the army had pulled back from the village.',
  'By the end of the year, prices had doubled.',
  'By Christmas',
  'By David Cameron’s own account, the talks went badly.',
  'by far the largest deployment since 2022',
  // "and" straight after a separator is not another separator: the chunk "and Olena Harmash" is no name.
  'By Tom Balmforth & and Olena Harmash',
];

describe('bylines', () => {
  it.each(bylines)('%s', (line, authors, published) => {
    expect(parseByline(line)).toEqual({ authors, published });
  });
  it.each(notBylines)('not a byline: %s', (line) => {
    expect(parseByline(line)).toBeNull();
  });
});

describe('datelines', () => {
  it.each([
    ['April 11, 2025', '2025-04-11'],
    ['Updated April 11, 2025 8:46 PM', '2025-04-11T20:46'],
    ['Published: 3 May 2024 at 09:15', '2024-05-03T09:15'],
    ['Fri 11 Apr 2025 10.43 BST', '2025-04-11T10:43'],
  ])('%s -> %s', (line, iso) => {
    expect(parseDateline(line)).toBe(iso);
  });
  it.each(['April 11, 2025, was the day the talks collapsed.', 'The talks began on April 11, 2025', '5:52 PM'])('not a dateline: %s', (line) => {
    expect(parseDateline(line)).toBeNull();
  });
});

describe('date text to ISO', () => {
  it.each([
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00'],
    ['2021-11-01T10:52:50+0100', '2021-11-01T10:52:50+01:00'],
    ['2019-01-03T07:00:02.000Z', '2019-01-03T07:00:02Z'],
    ['2024-06-25', '2024-06-25'],
    ['Dec 22, 2016', '2016-12-22'],
    ['22 December 2016, 12:30 am', '2016-12-22T00:30'],
    ['April 11, 2025 at 12:05 p.m. ET', '2025-04-11T12:05'],
  ])('%s -> %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });
  it.each(['yesterday', '2025-13-40', 'April 2025', 'in 2,025 cases'])('no date: %s', (text) => {
    expect(parseDateText(text)).toBeNull();
  });
});
