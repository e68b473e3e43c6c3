import { describe, expect, it } from 'vitest';
import { CUE, cuesOf, firstCue } from '../../src/extract/dates/cues.js';

// The cue scan decides which parsers run on a sentence: a missing class means
// a parser never sees a date it could have found, so each class is checked.
describe('cue scan', () => {
  const rows: [string, number][] = [
    ['Talks resume in March.', CUE.MONTH],
    ['He left on Tuesday.', CUE.WEEKDAY],
    ['It lasted two weeks.', CUE.UNIT],
    ['Profit rose in the third quarter.', CUE.QUARTER],
    ['The 1990s were calm.', CUE.DECADE | CUE.DIGIT],
    ['She spoke yesterday.', CUE.DEICTIC],
    ['Prices rose last summer.', CUE.SEASON],
    ['His nightly address.', CUE.SET],
    ['On Christmas Eve, snow fell.', CUE.HOLIDAY],
    ['Drones struck overnight.', CUE.PART_OF_DAY],
    ['In nineteen ninety-six it began.', CUE.NUMBER_WORD],
    ['In the short term, prices will rise.', CUE.DEICTIC],
  ];
  for (const [text, cue] of rows) {
    it(`finds class ${cue} in ${JSON.stringify(text)}`, () => expect(cuesOf(text) & cue).toBe(cue));
  }
  it('credits a word to the first class its stem belongs to ("monthly" and "nightly" are set words)', () => {
    expect(cuesOf('A monthly report.') & (CUE.UNIT | CUE.SET)).toBe(CUE.SET);
    expect(cuesOf('It happened three times.') & (CUE.SET | CUE.DEICTIC)).toBe(CUE.SET);
    expect(cuesOf('His nightly address.') & (CUE.SET | CUE.PART_OF_DAY)).toBe(CUE.SET);
  });
  it('needs month and weekday names capitalised, and month abbreviations whole', () => {
    expect(cuesOf('Prices may march higher.') & CUE.MONTH).toBe(0);
    expect(cuesOf('The janitor left.') & CUE.MONTH).toBe(0);
    expect(cuesOf('Sales rose in Jan.') & CUE.MONTH).toBe(CUE.MONTH);
  });
  it('records where each class first occurs', () => {
    const text = 'Officials said on Friday that talks would resume in March.';
    cuesOf(text);
    expect(firstCue[Math.log2(CUE.WEEKDAY)]).toBe(text.indexOf('Friday'));
    expect(firstCue[Math.log2(CUE.MONTH)]).toBe(text.indexOf('March'));
  });
  it('reads digits as a clock time, a possible year or a joined date', () => {
    expect(cuesOf('At 10:35 a.m. it began.') & CUE.CLOCK).toBe(CUE.CLOCK);
    expect(cuesOf('At 5 pm it ended.') & CUE.CLOCK).toBe(CUE.CLOCK);
    expect(cuesOf('Around 9 o\'clock.') & CUE.CLOCK).toBe(CUE.CLOCK);
    expect(cuesOf('In 1996 it began.') & (CUE.YEAR | CUE.JOIN)).toBe(CUE.YEAR);
    expect(cuesOf('It cost 2500 dollars.') & CUE.YEAR).toBe(0);
    expect(cuesOf('On 1996-08-30 and 8/30/96, in 2009 - 10.') & CUE.JOIN).toBe(CUE.JOIN);
    expect(cuesOf('He scored 3.5 points.') & (CUE.CLOCK | CUE.YEAR | CUE.JOIN)).toBe(0);
  });
  it('finds nothing in a sentence without time words', () => expect(cuesOf('The minister denied the claims.')).toBe(0));
});
