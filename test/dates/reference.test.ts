import { describe, expect, it } from 'vitest';
import { mine } from '../../src/index.js';
import { datelineDate, referenceDate } from '../../src/extract/dates/reference.js';

describe('reference date', () => {
  it('prefers the document metadata, then the text, then --ref-date', () => {
    expect(referenceDate('2025-04-11T08:00:00Z', '2020-01-01', 'LONDON 1996-08-30')).toBe('2025-04-11');
    expect(referenceDate(null, '2020-01-01', 'LONDON 1996-08-30\nText.')).toBe('1996-08-30');
    expect(referenceDate(null, '2020-01-01', 'No dateline here.')).toBe('2020-01-01');
    expect(referenceDate(null, null, 'No dateline here.')).toBeNull();
  });

  it.each([
    ['LONDON 1996-08-30\nWest Indian all-rounder Phil Simmons took four for 38.', '1996-08-30'],
    ['by Kateryna Denisova April 11, 2025 8:46 PM 2 min read\nKyiv said...', '2025-04-11'],
    ['Published: March 3, 2024\nThe council met.', '2024-03-03'],
    ['SALVADOR, Feb 26 - Brazil expects a 2023 harvest of 30 mln bags, after the 2023 frost.', '2023-02-26'],
    ['HAVANA, August 7 (Xinhua) -- Cuba condemned the bombing of 1998.', '1998-08-07'],
  ])('finds the date in %j', (text, day) => expect(datelineDate(text)).toBe(day));

  it('leaves the year of a yearless dateline to --ref-date, or unknown', () => {
    const text = 'SALVADOR, Feb 26 - Coffee growers met on Tuesday.';
    expect(datelineDate(text, null)).toBeNull();
    expect(datelineDate(text, '2025-03-01')).toBe('2025-02-26');
  });

  it('ignores dates further down the story', () => {
    const text = 'Kyiv says talks go on.\n\nMore lines.\nAnd more.\nStill more.\nAgain.\nSix.\nSeven.\nIn an interview on April 2, 2025 he spoke.';
    expect(datelineDate(text)).toBeNull();
  });

  it('resolves relative dates against a dateline when there is no metadata', () => {
    const doc = mine('LONDON 1996-08-30\nSimmons took four wickets on Friday.', { only: ['dates'] });
    expect(doc.referenceDate).toBe('1996-08-30');
    expect(doc.dates.map((d) => [d.text, d.value])).toEqual([
      ['1996-08-30', '1996-08-30'],
      ['Friday', '1996-08-30'],
    ]);
  });
});
