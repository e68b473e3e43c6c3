import { PARTS_OF_DAY } from '../../../lexicon/parts-of-day.js';
import { WEEKDAY_SOURCE, weekdayNumber } from '../../../lexicon/weekdays.js';
import { CUE } from '../cues.js';
import { candidate } from '../make.js';
import type { DateCandidate, DateParser } from '../types.js';

// A weekday in the plural recurs (TimeML SET): "closed on Sundays" XXXX-WXX-7,
// "Tuesday nights" XXXX-WXX-2TNI, and in "on Monday and Tuesday nights" the
// plural part of the day belongs to both days (XXXX-WXX-1TNI, XXXX-WXX-2TNI).
// The singular ("Tuesday night", "Saturday Night Live") is one day, left to
// the weekday parser.
const PARTS = '(mornings|afternoons|evenings|nights)';
const PATTERN = new RegExp(
  `\\b(?:(${WEEKDAY_SOURCE})\\s+(?:and|or)\\s+)?(?:(${WEEKDAY_SOURCE})\\s+${PARTS}|(${WEEKDAY_SOURCE})s)\\b(?![-'’])`,
  'g',
);

export const weekdaySetParser: DateParser = {
  name: 'weekday-set',
  cues: CUE.WEEKDAY,
  reach: 20,
  pattern: PATTERN,
  extract(m, s) {
    const part = m[3] ? PARTS_OF_DAY.get(m[3].slice(0, -1)) : undefined;
    const suffix = part ? `T${part}` : '';
    const last = m[2] ?? m[4];
    const end = m.index + m[0].length;
    const out: DateCandidate[] = [candidate('weekday-set', s, end - (m[2] ? m[2].length + 1 + m[3].length : m[4].length + 1), end, 'set', `XXXX-WXX-${weekdayNumber(last)}${suffix}`)];
    // "Monday and Tuesday nights": the first day shares the plural part; "Monday and
    // Tuesdays" has no part to share, so the first day is left to the weekday parser.
    if (m[1] && part) out.unshift(candidate('weekday-set', s, m.index, m.index + m[1].length, 'set', `XXXX-WXX-${weekdayNumber(m[1])}${suffix}`));
    return out;
  },
};
