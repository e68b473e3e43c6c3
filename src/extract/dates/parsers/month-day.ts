import { MONTH_SOURCE, monthNumber } from '../../../lexicon/months.js';
import { WEEKDAY_SOURCE, weekdayNumber } from '../../../lexicon/weekdays.js';
import { dayNumber, fmtDay, fmtWeek, isValidDay, parseDay, weekday } from '../calendar.js';
import { CUE } from '../cues.js';
import { candidate } from '../make.js';
import { type Tense, tenseAround } from '../tense.js';
import { nearestYear } from '../timex-value.js';
import type { Anchors, DateCandidate, DateParser } from '../types.js';

// "April 9", "Sept. 30", "Aug. 7, 1998", "Saturday, April 25", "Friday Oct.
// 13", "9 April 2025", "the 9th of April", and a second day joined to the
// first ("April 24 and 25", "November 19-20": two dates, as in TimeML);
// "the week of March 6" is that day's ISO week.
// Without a year, the date is the one nearest the reference date.
const ORD = '(?:st|nd|rd|th)?';
const YEAR = '(?:,?\\s+(\\d{4}))?';
const PATTERN = new RegExp(
  `\\b(?:(${WEEKDAY_SOURCE}),?\\s+)?(?:` +
    `(${MONTH_SOURCE})\\s+(\\d{1,2})${ORD}(?![\\d:.,]\\d)${YEAR}` +
    `|(?:the\\s+)?(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH_SOURCE})${YEAR}` +
    `)(?![\\w\\d]|[.,]\\d)((\\s*(?:-|–|and|or|&)\\s*)(\\d{1,2})${ORD}(?![\\w%]|[.,:]\\d|\\s*(?:%|percent|million|billion)))?`,
  'g',
);

export const monthDayParser: DateParser = {
  name: 'month-day',
  cues: CUE.MONTH,
  reach: 30,
  pattern: PATTERN,
  extract(m, s) {
    const month = monthNumber(m[2] ?? m[6]);
    const day = +(m[3] ?? m[5]);
    const yearText = m[4] ?? m[7];
    const year = yearText ? +yearText : null;
    if (!month || day < 1 || day > 31) return null;
    if (year !== null && (year < 1000 || year > 2999)) return null;
    if (!isValidDay(year ?? 2000, month, day)) return null;
    // "May 5 percent", "April 2-1 win", "May 3:2": the number is not a day.
    const rest = s.text.slice(m.index + m[0].length - (m[8]?.length ?? 0), m.index + m[0].length + 12);
    const second = m[10] ? +m[10] : null;
    if (year === null && (/^\s*(?:%|percent|per\s+cent|points?\b)/i.test(rest) || ((second === null || second <= day) && /^\s*[-–:]\s*\d/.test(rest)))) return null;
    const end = m.index + m[0].length - (m[8]?.length ?? 0);
    // "the quarter ended Oct. 31": what has ended lies on or before the reference date.
    const ended = /\bended\s+(?:on\s+)?$/i.test(s.text.slice(Math.max(0, m.index - 10), m.index));
    // The tense is read only if the nearest year is in doubt (most dates are near the reference date).
    let tense: Tense | 'ended' | undefined = year === null ? (ended ? 'ended' : undefined) : null;
    const tenseOf = () => (tense === undefined ? (tense = tenseAround(s.text, m.index, end)) : tense);
    const wd = m[1] ? weekdayNumber(m[1]) : 0;
    // "the week of March 6": the ISO week of that day.
    const weekOf = !m[1] && !m[8] ? /\bthe\s+week\s+of\s+$/i.exec(s.text.slice(Math.max(0, m.index - 16), m.index)) : null;
    if (weekOf) {
      const day0 = dated(month, day, year, tenseOf, 0);
      return candidate('month-day', s, m.index - weekOf[0].length, end, 'date', (a) => {
        const v = typeof day0 === 'string' ? day0 : day0(a);
        const d = parseDay(v);
        return d ? fmtWeek(d) : null;
      });
    }
    const out: DateCandidate[] = [candidate('month-day', s, m.index, end, 'date', dated(month, day, year, tenseOf, wd))];
    if (second !== null && second > day && isValidDay(year ?? 2000, month, second)) {
      const sStart = end + m[9].length;
      out.push(candidate('month-day', s, sStart, m.index + m[0].length, 'date', dated(month, second, year, tenseOf, 0)));
    }
    return out;
  },
};

// Days beyond which a date on the wrong side of the reference date yields to the tense.
const FAR = 60;

function dated(month: number, day: number, year: number | null, tenseOf: () => Tense | 'ended', wd: number): string | ((a: Anchors) => string | null) {
  if (year !== null) return fmtDay({ y: year, m: month, d: day });
  // No year stated: the past tense looks back ("ended March 31"), the future
  // ahead, otherwise the nearest; XXXX only when there is no reference date.
  return ({ ref }) => {
    if (!ref) return `XXXX-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    let y = nearestYear(ref, month, day);
    // "Saturday, April 12": the weekday says which year, if one near the reference date fits.
    if (wd) {
      const fits = [y, y - 1, y + 1].find((c) => isValidDay(c, month, day) && weekday({ y: c, m: month, d: day }) === wd);
      if (fits !== undefined) return fmtDay({ y: fits, m: month, d: day });
    }
    // The tense overrules the nearest date only when that date is far on the
    // wrong side: "extended to Nov. 20" (a past verb, a date two weeks ahead)
    // keeps Nov. 20 ahead, while "the year ended March 31" in November looks back.
    const gap = dayNumber({ y, m: month, d: Math.min(day, 28) }) - dayNumber(ref);
    if (gap > 0 || gap < -FAR) {
      const tense = tenseOf();
      if (tense === 'ended' ? gap > 0 : tense === 'past' && gap > FAR) y -= 1;
      else if (tense === 'future' && gap < -FAR) y += 1;
    }
    return fmtDay({ y, m: month, d: day });
  };
}
