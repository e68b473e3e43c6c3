import { describe, expect, it } from 'vitest';
import { mine } from '../../src/index.js';
import { dateAt, numbersIn, texts } from './helpers.js';

// The extractor needs the dates extractor's findings: any number overlapping
// a date, time or duration is dropped. Here the date findings are made by hand.
describe('numbers beside dates from ctx.found.dates', () => {
  it('drops numbers inside date findings and keeps the rest', () => {
    const text = 'On 3 June officials said 155 soldiers died in 12 raids.';
    expect(texts(text, [dateAt(text, '3 June')])).toEqual(['155', '12']);
  });

  it('drops a number that only partly overlaps a date finding', () => {
    const text = 'It lasted 2 weeks, and 40 people fled.';
    expect(texts(text, [dateAt(text, '2 weeks', 'duration')])).toEqual(['40']);
  });

  it('drops a whole range when one end is a date, rather than cutting it', () => {
    const text = 'The 2009 to 2012 period saw 30 strikes.';
    expect(texts(text, [dateAt(text, '2009'), dateAt(text, '2012')])).toEqual(['30']);
  });

  it('drops an amount whose unit grew into a date finding (checked again after the refiners)', () => {
    const text = 'It rose 12 percent in May and 3 more.';
    expect(texts(text, [dateAt(text, 'cent in May')])).toEqual(['3']);
  });

  it('handles date findings in several sentences', () => {
    const text = 'It began on day 5. Then 7 more came on 12 May. Finally 8 left.';
    const found = numbersIn(text, [dateAt(text, '12 May')]);
    expect(found.map((f) => f.text)).toEqual(['5', '7', '8']);
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['5', '7', '8']);
  });

  it('runs in the pipeline with the dates extractor first, and offsets are code points', () => {
    const text = '🎉 More than 150 Chinese citizens';
    const doc = mine(text, { only: ['numbers'] });
    expect(doc.numbers).toEqual([
      { start: 12, end: 15, text: '150', value: 150, kind: 'cardinal', approximate: 'more than', unit: null, subject: 'Chinese citizens' },
    ]);
  });
});
