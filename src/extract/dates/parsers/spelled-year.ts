import { fmtYear } from '../calendar.js';
import { CUE } from '../cues.js';
import { whole } from '../make.js';
import type { DateParser } from '../types.js';

// Years in words, as broadcast transcripts write them: "nineteen ninety-six",
// "nineteen eighty", "the year two thousand", "two thousand and one".
const ONES: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = {
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const TENS_SRC = Object.keys(TENS).join('|');
const ONES_SRC = Object.keys(ONES).join('|');
const TEENS_SRC = Object.keys(TEENS).join('|');

const PATTERN = new RegExp(
  '\\b(?:(the\\s+year\\s+)?(?:(nineteen|eighteen)[\\s-]+(?:(' + TENS_SRC + ')(?:[\\s-]+(' + ONES_SRC + '))?|(' + TEENS_SRC + ')|(hundred))' +
    '|two\\s+thousand(?:\\s+(?:and\\s+)?(' + ONES_SRC + '|' + TEENS_SRC + '))?))\\b(?![\\s-]+(?:' + ONES_SRC + '|hundred|thousand|million|percent|dollars|people)\\b)',
  'gi',
);

export const spelledYearParser: DateParser = {
  name: 'spelled-year',
  cues: CUE.NUMBER_WORD,
  reach: 15,
  pattern: PATTERN,
  extract(m, s) {
    const text = m[0].toLowerCase();
    let y: number;
    if (m[2]) {
      const century = m[2].toLowerCase() === 'nineteen' ? 1900 : 1800;
      if (m[6]) y = century;
      else if (m[5]) y = century + TEENS[m[5].toLowerCase()];
      else y = century + TENS[m[3].toLowerCase()] + (m[4] ? ONES[m[4].toLowerCase()] : 0);
    } else {
      // "two thousand" alone is an amount unless "the year" or a preposition makes it a year.
      const before = s.text.slice(Math.max(0, m.index - 8), m.index);
      if (!m[1] && !/\b(?:in|since|until|by|of)\s+$/i.test(before)) return null;
      const rest = m[7]?.toLowerCase();
      y = 2000 + (rest ? ONES[rest] ?? TEENS[rest] ?? 0 : 0);
    }
    void text;
    return whole('spelled-year', m, s, 'date', fmtYear(y));
  },
};
