import { fmtYear } from '../calendar.js';
import { CUE } from '../cues.js';
import { candidate } from '../make.js';
import type { DateParser } from '../types.js';

// "2009-2010", "1957-58", "1990/91": two dates in TimeML, one per year. The
// second year must come after the first, so scores ("2-1"), phone numbers
// and codes do not match.
const PATTERN = /(?<![\w$£€.,/:\-–])((?:1[0-9]|20)\d\d)\s*([-–/])\s*(\d{4}|\d{2})(?![\w%]|[.,:/\-–]\d)/g;

export const yearRangeParser: DateParser = {
  name: 'year-range',
  cues: CUE.JOIN,
  reach: 0,
  pattern: PATTERN,
  extract(m, s) {
    const first = +m[1];
    const second = m[3].length === 2 ? Math.floor(first / 100) * 100 + +m[3] : +m[3];
    if (second <= first || second - first > 100) return null;
    const secondStart = m.index + m[0].length - m[3].length;
    return [
      candidate('year-range', s, m.index, m.index + m[1].length, 'date', fmtYear(first)),
      candidate('year-range', s, secondStart, m.index + m[0].length, 'date', fmtYear(second)),
    ];
  },
};
