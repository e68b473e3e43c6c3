import { MONTH_SOURCE, monthNumber } from '../../../lexicon/months.js';
import { PARTS_OF_DAY } from '../../../lexicon/parts-of-day.js';
import { SEASONS } from '../../../lexicon/seasons.js';
import { WEEKDAY_SOURCE, weekdayNumber } from '../../../lexicon/weekdays.js';
import { AMOUNT_SOURCE, amountValue } from '../amount.js';
import { CUE } from '../cues.js';
import { durationUnit, durationValue } from '../duration-value.js';
import { candidate, lower, whole } from '../make.js';
import type { DateParser } from '../types.js';

// Recurring times (TimeML SET): "every week" P1W, "every three weeks" P3W,
// "each Thursday" XXXX-WXX-4, "each July" XXXX-07, "daily" P1D, "annually"
// P1Y, "twice a week" P1W, and a rate after an amount ("$1 billion a year").
const UNIT = '(second|minute|hour|day|night|week|fortnight|month|quarter|year|decade)s?';
const PATTERN = new RegExp(
  `\\b(?:(every|each)\\s+(?:other\\s+)?(?:(${AMOUNT_SOURCE})\\s+)?(?:${UNIT}|(${WEEKDAY_SOURCE})|(${MONTH_SOURCE})|(spring|summer|fall|autumn|winter|morning|afternoon|evening|night|weekend))` +
    '|(daily|weekly|monthly|annually|yearly|hourly|nightly|biweekly|fortnightly|semiannually|semi-annually)' +
    `|(?:once|twice|thrice|(?:${AMOUNT_SOURCE})\\s+times)\\s+(?:a|an|per)\\s+${UNIT})\\b(?!-)`,
  'gi',
);

const ADVERBS: Record<string, string> = {
  daily: 'P1D', weekly: 'P1W', monthly: 'P1M', annually: 'P1Y', yearly: 'P1Y', hourly: 'PT1H', nightly: 'P1D',
  biweekly: 'P2W', fortnightly: 'P2W', semiannually: 'P6M', 'semi-annually': 'P6M',
};

export const setParser: DateParser = {
  name: 'set',
  cues: CUE.SET,
  reach: 60,
  pattern: PATTERN,
  extract(m, s) {
    if (m[7]) {
      const c = whole('set', m, s, 'set', ADVERBS[lower(m[7])]);
      // "rise 8.5% annually", "10,000 units annually": a rate, which TimeBank leaves unmarked (see RATE).
      if (AMOUNT_BEFORE.test(s.text.slice(Math.max(0, m.index - 40), m.index))) c.veto = true;
      return c;
    }
    if (m[8]) {
      const u = durationUnit(m[8]);
      return u ? whole('set', m, s, 'set', durationValue(1, u, m[8])) : null;
    }
    if (lower(m[1]) === 'each' && m[2]) return null; // "each two years" is not English; "each of" never matches
    if (m[3]) {
      const n = m[2] ? amountValue(m[2]) : 1;
      const u = durationUnit(m[3]);
      if (!u || n === 'X' || !Number.isFinite(n)) return null;
      return whole('set', m, s, 'set', durationValue(n, u, m[3]));
    }
    if (m[4]) return whole('set', m, s, 'set', `XXXX-WXX-${weekdayNumber(m[4])}`);
    if (m[5]) return whole('set', m, s, 'set', `XXXX-${String(monthNumber(m[5])).padStart(2, '0')}`);
    const w = lower(m[6]);
    if (w === 'weekend') return whole('set', m, s, 'set', 'XXXX-WXX-WE');
    const season = SEASONS.get(w);
    if (season) return whole('set', m, s, 'set', `XXXX-${season}`);
    return whole('set', m, s, 'set', `XXXX-XX-XXT${PARTS_OF_DAY.get(w)}`);
  },
};

// "$1 billion a year", "50,000 CDs a year", "3% a month": a rate. The amount
// must be close before, so "in a year" and "for a year" stay durations.
// TimeBank leaves most rates unmarked (6 of 8 in timex-dev), so a rate vetoes
// the words: neither a set nor the duration "a year" is reported.
const RATE = /\b(a|per)\s+(year|month|week|day|hour)\b(?!-)/gi;
const AMOUNT_BEFORE = /(?:\d[\d,.]*\s*(?:%|percent|million|billion|trillion|bn|mln)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|million|billion|trillion|thousand|hundred|dollars|percent))(?:\s+[\w-]+){0,2}\s+$/i;
const PREP_BEFORE = /\b(?:in|for|within|over|about|than|of|after|than|nearly|almost|half)\s+$/i;

export const rateParser: DateParser = {
  name: 'rate',
  cues: CUE.UNIT,
  reach: 10,
  pattern: RATE,
  extract(m, s) {
    const before = s.text.slice(Math.max(0, m.index - 40), m.index);
    if (PREP_BEFORE.test(before) || !AMOUNT_BEFORE.test(before)) return null;
    const u = durationUnit(m[2]);
    const c = u ? candidate('rate', s, m.index, m.index + m[0].length, 'set', durationValue(1, u, m[2])) : null;
    if (c) c.veto = true;
    return c;
  },
};
