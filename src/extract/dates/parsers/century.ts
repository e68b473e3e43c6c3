import { CUE } from '../cues.js';
import { whole } from '../make.js';
import type { DateParser } from '../types.js';

// "the 20th century", "the eleventh century": TimeML writes the century as
// its first two digits, so the 20th century is "19".
const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
};
const PATTERN = new RegExp(
  '\\b((?:the\\s+)?(?:(?:early|late|mid)[\\s-]+)?)(?:(\\d{1,2})(?:st|nd|rd|th)|(' + Object.keys(ORDINALS).join('|') + '))[\\s-]+century\\b',
  'gi',
);

export const centuryParser: DateParser = {
  name: 'century',
  cues: CUE.UNIT,
  reach: 40,
  needs: (l) => l.includes('centur'),
  pattern: PATTERN,
  extract(m, s) {
    const n = m[2] ? +m[2] : ORDINALS[m[3].toLowerCase().replace(/\s+/, ' ')];
    if (!n || n > 30) return null;
    return whole('century', m, s, 'date', String(n - 1).padStart(2, '0'));
  },
};
