import { MONTH_SOURCE, monthNumber } from '../../../lexicon/months.js';
import { WEEKDAY_SOURCE } from '../../../lexicon/weekdays.js';
import { fmtDay, isValidDay } from '../calendar.js';
import { CUE } from '../cues.js';
import { whole } from '../make.js';
import { nearestYear } from '../timex-value.js';
import type { DateParser } from '../types.js';

// Days in words, as transcripts write them: "March eighth", "Sunday, March
// the eighth", "May twenty-ninth". The year is the one nearest the reference
// date (a broadcast talks about the days around it).
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
const ORD_SRC = `(?:(twenty|thirty)[\\s-])?(${Object.keys(ORDINALS).join('|')})`;
const PATTERN = new RegExp(`\\b(?:(?:this\\s+coming\\s+)?${WEEKDAY_SOURCE},?\\s+)?(${MONTH_SOURCE})\\s+(?:the\\s+)?${ORD_SRC}\\b(?![\\s-](?:quarter|half|time|day|week|round|place|consecutive))`, 'g');

// Every ordinal word but the first three ends in -th.
const ORDINAL_WORD = /(?:first|second|third|th)\b/;

export const monthDayWordsParser: DateParser = {
  name: 'month-day-words',
  cues: CUE.MONTH,
  reach: 30,
  needs: (l) => ORDINAL_WORD.test(l),
  pattern: PATTERN,
  extract(m, s) {
    const month = monthNumber(m[1]);
    const day = (m[2] ? (m[2].toLowerCase() === 'twenty' ? 20 : 30) : 0) + ORDINALS[m[3].toLowerCase()];
    // "May second" could be a modal and an ordinal, "March first" a verb and an adverb: those two need a weekday before them.
    if (/^(?:May|March)$/.test(m[1]) && m[0].startsWith(m[1])) return null;
    if (!month || !isValidDay(2000, month, day)) return null;
    return whole('month-day-words', m, s, 'date', ({ ref }) =>
      ref ? fmtDay({ y: nearestYear(ref, month, day), m: month, d: day }) : `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    );
  },
};
