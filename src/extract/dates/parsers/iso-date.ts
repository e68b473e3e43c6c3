import { fmtDay, fmtTime, isValidDay } from '../calendar.js';
import { CUE } from '../cues.js';
import { whole } from '../make.js';
import type { DateParser } from '../types.js';

// Numeric dates: ISO "1996-08-30" (with an optional "T14:30" or " 14:30"),
// as in wire datelines ("LONDON 1996-08-30"), and slashed "8/30/1996" or
// "30/08/96" (month first, as US news writes it, unless the first number
// cannot be a month). Invalid calendar dates are phone numbers or codes.
const PATTERN = new RegExp(
  '(?<![\\w.\\/:\\-–])(?:' +
    '(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2})?)?' +
    '|(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4}|\\d{2})' +
    ')(?![\\w\\/\\-–]|[.:]\\d)',
  'g',
);

export const isoDateParser: DateParser = {
  name: 'iso-date',
  cues: CUE.JOIN,
  reach: 0,
  pattern: PATTERN,
  extract(m, s) {
    if (m[1]) {
      const day = { y: +m[1], m: +m[2], d: +m[3] };
      if (!isValidDay(day.y, day.m, day.d) || day.y < 1000) return null;
      if (m[4] !== undefined) {
        const h = +m[4];
        const min = +m[5];
        if (h > 23 || min > 59) return null;
        return whole('iso-date', m, s, 'time', fmtDay(day) + fmtTime(h, min));
      }
      return whole('iso-date', m, s, 'date', fmtDay(day));
    }
    let a = +m[6];
    let b = +m[7];
    let y = +m[8];
    if (m[8].length === 2) y += y < 50 ? 2000 : 1900;
    if (a > 12 && b <= 12) [a, b] = [b, a];
    if (!isValidDay(y, a, b)) return null;
    return whole('iso-date', m, s, 'date', fmtDay({ y, m: a, d: b }));
  },
};
