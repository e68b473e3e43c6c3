import * as chrono from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { compromiseDateToTimeML, compromiseDurationToTimeML, isoWeek } from '../../bench/score/peers-timeml-compromise.js';
import { chronoToTimeML, recognizersToTimeML, type RecognizersResult, type RecognizersValue } from '../../bench/score/peers-timeml.js';

// The reference date of every case: Thursday 8 January 1998, local midnight.
const REF = new Date(1998, 0, 8);

/** chrono's first result in `text`, mapped. */
function viaChrono(text: string): [string, string] | null {
  const r = chrono.parse(text, REF)[0];
  return r ? [r.text, chronoToTimeML(r.start, REF)] : null;
}

describe('chrono-node components → TimeML at the stated precision', () => {
  it.each([
    ['He left today.', 'today', '1998-01-08'],
    ['He called yesterday.', 'yesterday', '1998-01-07'],
    ['It opens next year.', 'next year', '1999'],
    ['In October sales fell.', 'October', '1997-10'],
    ['By August 1988 it had.', 'August 1988', '1988-08'],
    ['It ended on Jan. 10, 1998.', 'Jan. 10, 1998', '1998-01-10'],
    ['He came Tuesday.', 'Tuesday', '1998-01-06'],
    ['It is now clear.', 'now', 'PRESENT_REF'],
    ['It sank at 10 p.m. Wednesday.', 'at 10 p.m. Wednesday', '1998-01-07T22:00'],
    ['It was 50 years ago.', '50 years ago', '1948'],
    // Nothing certain: chrono implied a day, and a day is what it gets.
    ['Shares fell this morning.', 'this morning', '1998-01-08'],
  ])('%s → %s = %s', (text, span, value) => {
    expect(viaChrono(text)).toEqual([span, value]);
  });

  it('gives a clock time, not PRESENT_REF, when the stated time is not the reference instant', () => {
    const at = (y: number, mo: number, d: number, h: number) => ({
      isCertain: () => true,
      get: (k: string) => ({ year: y, month: mo, day: d, weekday: 4, hour: h, minute: 0, second: 0 })[k] ?? null,
    });
    expect(chronoToTimeML(at(1998, 1, 8, 0), REF)).toBe('PRESENT_REF');
    expect(chronoToTimeML(at(1998, 1, 8, 9), REF)).toBe('1998-01-08T09:00');
  });

  it.each([['Snow fell in 1994.'], ['He spent five years there.'], ['Sales are reported daily.']])(
    'chrono finds nothing in %s (so nothing is mapped)',
    (text) => expect(viaChrono(text)).toBeNull(),
  );
});

const rt = (typeName: string, ...values: RecognizersValue[]): RecognizersResult => ({
  typeName: `datetimeV2.${typeName}`,
  resolution: { values },
});

describe('Recognizers-Text resolution → TimeML', () => {
  it.each<[string, RecognizersResult, string]>([
    ['a full date is kept', rt('date', { timex: '1998-01-08', value: '1998-01-08' }), '1998-01-08'],
    ['a week is kept', rt('daterange', { timex: '1998-W01', start: '1997-12-29', end: '1998-01-05' }), '1998-W01'],
    ['a season is kept', rt('daterange', { timex: '1997-FA' }), '1997-FA'],
    ['PRESENT_REF is kept', rt('datetime', { timex: 'PRESENT_REF', value: '1998-01-08 00:00:00' }), 'PRESENT_REF'],
    ['a duration is kept', rt('duration', { timex: 'P3D', value: '259200' }), 'P3D'],
    ['a weekday takes the nearer candidate', rt('date', { timex: 'XXXX-WXX-2', value: '1998-01-06' }, { timex: 'XXXX-WXX-2', value: '1998-01-13' }), '1998-01-06'],
    ['a weekday ahead takes the nearer, future candidate', rt('date', { timex: 'XXXX-WXX-5', value: '1998-01-02' }, { timex: 'XXXX-WXX-5', value: '1998-01-09' }), '1998-01-09'],
    ['the reference weekday itself takes the past candidate on the tie', rt('date', { timex: 'XXXX-WXX-4', value: '1998-01-01' }, { timex: 'XXXX-WXX-4', value: '1998-01-15' }), '1998-01-01'],
    ['a month and day take the nearer year', rt('date', { timex: 'XXXX-12-20', value: '1997-12-20' }, { timex: 'XXXX-12-20', value: '1998-12-20' }), '1997-12-20'],
    ['a quarter holding the reference date is nearest', rt('daterange', { timex: '(XXXX-01-01,XXXX-04-01,P3M)', start: '1997-01-01', end: '1997-04-01' }, { timex: '(XXXX-01-01,XXXX-04-01,P3M)', start: '1998-01-01', end: '1998-04-01' }), '1998-Q1'],
    ['a weekday with a time of day keeps the time', rt('datetimerange', { timex: 'XXXX-WXX-5TMO', start: '1998-01-02 08:00:00' }), '1998-01-02TMO'],
    ['a weekday with a clock hour writes it as TimeBank does', rt('datetime', { timex: 'XXXX-WXX-3T22', value: '1998-01-07 22:00:00' }), '1998-01-07T22:00'],
    ['a clock time with minutes is kept', rt('datetime', { timex: '1998-01-08T17:30', value: '1998-01-08 17:30:00' }), '1998-01-08T17:30'],
    ['a bare month takes the resolved year', rt('daterange', { timex: 'XXXX-10', start: '1997-10-01', end: '1997-11-01' }), '1997-10'],
    ['a month and day take the resolved year', rt('date', { timex: 'XXXX-03-05', value: '1997-03-05' }), '1997-03-05'],
    ['a quarter range becomes a quarter', rt('daterange', { timex: '(XXXX-07-01,XXXX-10-01,P3M)', start: '1997-07-01', end: '1997-10-01' }), '1997-Q3'],
    ['a fourth quarter crosses the year', rt('daterange', { timex: '(XXXX-10-01,XXXX-01-01,P3M)', start: '1997-10-01', end: '1998-01-01' }), '1997-Q4'],
    ['a half-year range becomes a half', rt('daterange', { timex: '(1997-07-01,1998-01-01,P6M)', start: '1997-07-01', end: '1998-01-01' }), '1997-H2'],
    ['a decade range becomes a decade', rt('daterange', { timex: '(1990-01-01,2000-01-01,P10Y)', start: '1990-01-01', end: '2000-01-01' }), '199'],
    ['an anchored period becomes its duration', rt('daterange', { timex: '(1997-10-08,1998-01-08,P3M)', start: '1997-10-08', end: '1998-01-08' }), 'P3M'],
    ['a clock-time range becomes its duration', rt('datetimerange', { timex: '(1998-01-07T00:00:00,1998-01-08T00:00:00,PT24H)', start: '1998-01-07 00:00:00', end: '1998-01-08 00:00:00' }), 'PT24H'],
    ['a set keeps its timex', rt('set', { timex: 'XXXX-WXX-4', value: 'not resolved' }), 'XXXX-WXX-4'],
  ])('%s', (_why, result, value) => {
    expect(recognizersToTimeML(result, REF)).toBe(value);
  });

  it.each<[string, RecognizersResult]>([
    ['no resolution at all', { typeName: 'datetimeV2.date', resolution: null }],
    ['no candidates', rt('date')],
    ['a candidate without a timex', rt('date', { type: 'date', value: '1998-01-08' })],
  ])('gives no value for %s', (_why, result) => {
    expect(recognizersToTimeML(result, REF)).toBeNull();
  });

  it('leaves an unresolved underspecified timex as Recognizers wrote it', () => {
    expect(recognizersToTimeML(rt('daterange', { timex: 'XXXX-10', value: 'not resolved' }), REF)).toBe('XXXX-10');
  });
});

describe('compromise-dates → TimeML: its unit is the precision', () => {
  it.each([
    [{ start: '1998-01-08T00:00:00.000Z', unit: 'day' }, '1998-01-08'],
    [{ start: '1999-01-01T00:00:00.000Z', unit: 'year' }, '1999'],
    [{ start: '1998-10-01T00:00:00.000Z', unit: 'month' }, '1998-10'],
    [{ start: '1998-07-01T00:00:00.000Z', unit: 'quarter' }, '1998-Q3'],
    [{ start: '1997-09-01T00:00:00.000Z', unit: 'season' }, '1997-FA'],
    [{ start: '1998-01-05T00:00:00.000Z', unit: 'week' }, '1998-W02'],
    [{ start: '1998-01-14T22:00:00.000Z', unit: 'day' }, '1998-01-14T22:00'],
    [{ start: '1998-01-14T22:00:00.000Z', unit: 'hour' }, '1998-01-14T22:00'],
    [{ start: '1988-07-18T00:00:00.000Z' }, '1988-07-18'],
  ])('%o → %s', (d, value) => expect(compromiseDateToTimeML(d)).toBe(value));

  it('gives no value for a date it could not resolve', () => {
    expect(compromiseDateToTimeML({ start: null })).toBeNull();
  });

  it.each([
    [{ year: 5 }, 'P5Y'],
    [{ month: 3 }, 'P3M'],
    [{ year: 2, month: 6 }, 'P2Y6M'],
    [{ hour: 2, minute: 30 }, 'PT2H30M'],
    [{ week: 2 }, 'P2W'],
  ])('duration %o → %s', (d, value) => expect(compromiseDurationToTimeML(d)).toBe(value));

  it('gives no duration for an empty one', () => expect(compromiseDurationToTimeML({})).toBeNull());
});

describe('ISO weeks', () => {
  it.each([
    ['1998-01-08', '1998-W02'],
    ['1997-12-29', '1998-W01'],
    ['2021-01-03', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2016-01-03', '2015-W53'],
    ['2026-06-15', '2026-W25'],
  ])('%s is in %s', (d, w) => expect(isoWeek(d)).toBe(w));
});
