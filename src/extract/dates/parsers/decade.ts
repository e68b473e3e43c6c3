import { CUE } from '../cues.js';
import { whole } from '../make.js';
import type { DateParser } from '../types.js';

// Decades: "the 1990s", "the early 1980s", "the late 1970s", "mid-1990s",
// "the '90s", "the nineties". TimeML writes the decade as its first three
// digits ("199"). Decade words need "the" ("in his fifties" is an age).
const WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};
const PATTERN = new RegExp(
  "(?<![\\w$£€])((?:[Tt]he\\s+)?(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[\\s-]+)?)" +
    "(?:(1[0-9]|20)(\\d)0'?s|['’](\\d)0'?s|(" + Object.keys(WORDS).join('|') + '))\\b',
  'gi',
);

export const decadeParser: DateParser = {
  name: 'decade',
  cues: CUE.DECADE | CUE.NUMBER_WORD,
  reach: 15,
  pattern: PATTERN,
  extract(m, s) {
    let value: string;
    if (m[2]) value = m[2] + m[3];
    else if (m[4]) value = (+m[4] <= 2 ? '20' : '19') + m[4];
    else {
      if (!/the\s/i.test(m[1])) return null;
      value = '19' + WORDS[m[5].toLowerCase()];
    }
    return whole('decade', m, s, 'date', value);
  },
};
