import { MONTH_SOURCE, monthNumber } from '../../../lexicon/months.js';
import { WEEKDAY_SOURCE } from '../../../lexicon/weekdays.js';
import { fmtDay, isValidDay } from '../calendar.js';
import { CUE } from '../cues.js';
import { candidate } from '../make.js';
import { nearestYear } from '../timex-value.js';
import type { DateParser } from '../types.js';

// Days in words, as transcripts and typed requests write them: "March
// eighth", "Sunday, March the eighth", "May twenty-ninth", "May twenty nine".
// The year is the one nearest the reference date (a broadcast talks about
// the days around it). A cardinal day ("May twenty nine") must end the
// phrase, so "in March two companies merged" is not March 2.
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
const CARDINALS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
};
const UNIT_WORD = `${Object.keys(ORDINALS).join('|')}|${Object.keys(CARDINALS).join('|')}`;
// The month comes first so that the scan starts at a capital; a weekday before it is looked up behind.
const PATTERN = new RegExp(
  `\\b(${MONTH_SOURCE})\\s+(?:the\\s+)?(?:(twenty|thirty)[\\s-](?=\\w*(?:st|nd|rd|th|one|two|three|four|five|six|seven|eight|nine)\\b))?(${UNIT_WORD})\\b` +
    '(?![\\s-](?:quarter|half|time|day|week|round|place|consecutive|percent|per\\b))',
  'g',
);
const WEEKDAY_BEFORE = new RegExp(`\\b(?:this\\s+coming\\s+)?${WEEKDAY_SOURCE},?\\s+$`);
// What may follow a cardinal day: the end of the phrase, a year or a time.
const AFTER_CARDINAL = /^(?:\s*(?:[,.;:!?)]|$)|\s+(?:at|in|and|to|from|through|until|\d{4})\b)/;

export const monthDayWordsParser: DateParser = {
  name: 'month-day-words',
  cues: CUE.MONTH,
  reach: 0,
  pattern: PATTERN,
  extract(m, s) {
    const month = monthNumber(m[1]);
    const word = m[3].toLowerCase();
    const ordinal = ORDINALS[word] !== undefined;
    const tens = m[2] ? (m[2].toLowerCase() === 'twenty' ? 20 : 30) : 0;
    const day = tens + (ordinal ? ORDINALS[word] : CARDINALS[word]);
    const end = m.index + m[0].length;
    if (!ordinal && !AFTER_CARDINAL.test(s.text.slice(end, end + 8))) return null;
    const before = s.text.slice(Math.max(0, m.index - 30), m.index);
    const wd = WEEKDAY_BEFORE.exec(before);
    const start = wd ? m.index - wd[0].length : m.index;
    // "May second" could be a modal and an ordinal, "March first" a verb and an adverb: with
    // neither a weekday before them nor anything but a word before that, they stay words.
    if (/^(?:May|March)$/.test(m[1]) && !wd && (ordinal || !/\w\s+$/.test(before))) return null;
    if (!month || !isValidDay(2000, month, day)) return null;
    return candidate('month-day-words', s, start, end, 'date', ({ ref }) =>
      ref ? fmtDay({ y: nearestYear(ref, month, day), m: month, d: day }) : `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    );
  },
};
