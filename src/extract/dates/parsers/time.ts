import { fmtDay, fmtTime } from '../calendar.js';
import { CUE } from '../cues.js';
import { candidate, lower } from '../make.js';
import type { DateParser } from '../types.js';

// Clock times: "8:46 PM", "7:15 p.m.", "5 p.m. EST", "10 a.m.", "noon",
// "midnight", "14:30 GMT". A bare H:MM needs a preposition or a time zone,
// so scores ("2:1") and ratios are left alone. The time is joined to a date
// next to it by the merge refiner ("April 11, 2025 8:46 PM").
const ZONE = '(?:\\s+(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|ET|PT|local\\s+time))';
const PATTERN = new RegExp(
  '\\b(?:(around|about|approximately|roughly|shortly\\s+(?:before|after)|just\\s+(?:before|after))\\s+)?' +
    '(?:(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])\\.?\\s?m\\b\\.?' +
    '|(\\d{1,2}):(\\d{2})(?![\\d:]|[.,]\\d)' +
    '|(noon|midnight|midday)' +
    "|(\\d{1,2})\\s+o'clock)" +
    `(${ZONE})?`,
  'gi',
);

const PREP_BEFORE = /\b(?:at|by|until|till|from|before|after|around|about|since|to|between|and)\s+$/i;

export const timeParser: DateParser = {
  name: 'time',
  cues: CUE.CLOCK | CUE.PART_OF_DAY,
  reach: 25,
  pattern: PATTERN,
  extract(m, s) {
    let h: number;
    let min = 0;
    if (m[2] !== undefined) {
      h = +m[2];
      min = m[3] ? +m[3] : 0;
      if (h < 1 || h > 12) return null;
      const pm = lower(m[4]) === 'p';
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
    } else if (m[5] !== undefined) {
      h = +m[5];
      min = +m[6];
      const before = s.text.slice(Math.max(0, m.index - 10), m.index);
      if (!m[9] && !PREP_BEFORE.test(before)) return null;
    } else if (m[7] !== undefined) {
      // "high noon" is a showdown, not a clock time.
      if (/\bhigh\s+$/i.test(s.text.slice(Math.max(0, m.index - 5), m.index))) return null;
      h = lower(m[7]) === 'midnight' ? 0 : 12;
    } else {
      h = +m[8];
      if (h < 1 || h > 12) return null;
    }
    if (h > 23 || min > 59) return null;
    let end = m.index + m[0].length;
    // A sentence-final "p.m." keeps its own full stop; nothing else trails.
    if (s.text[end - 1] === '.' && !/[ap]\.?\s?m\.$/i.test(m[0])) end--;
    const clock = fmtTime(h, min);
    const c = candidate('time', s, m.index, end, 'time', ({ ref }) => (ref ? fmtDay(ref) + clock : `XXXX-XX-XX${clock}`));
    c.clock = clock;
    return c;
  },
};
