import { fmtYear } from '../calendar.js';
import { CUE } from '../cues.js';
import { candidate } from '../make.js';
import type { DateParser } from '../types.js';

// A year on its own: "in 2014", "since 1983", "fiscal 1989", "mid-1996",
// "early 1991", "the end of 1990", "the 1988 period". A four-digit number is
// a year only when nothing says it is an amount: no currency sign, decimal
// or thousands separator around it, no percent or count noun after it
// ("1,500 people", "2082.1 points", "$1990", "1990 shares").
const COUNT_NOUNS =
  'shares|people|persons|troops|soldiers|workers|employees|jobs|points|votes|tons|tonnes|barrels|acres|feet|metres|meters|miles|' +
  'kilometers|kilometres|cars|vehicles|units|homes|houses|students|children|men|women|cases|deaths|prisoners|refugees|' +
  'pounds|dollars|yen|marks|francs|lire|yuan|euros|rubles|calories|hours|days|weeks|months|years|times|members|copies|seats|beds|rooms';
const PATTERN = new RegExp(
  '(?<![\\w$£€¥#.,\\/:\\-–\'’])' +
    '((?:[Ee]arly|[Ll]ate|[Mm]id|[Tt]he\\s+(?:end|beginning|start|middle|first\\s+half|second\\s+half|rest)\\s+of|[Ff]iscal(?:\\s+year)?|[Cc]alendar(?:\\s+year)?|[Tt]he\\s+year|[Mm]odel\\s+year)(?:\\s+|-))?' +
    '((?:1[0-9]|20)\\d\\d)' +
    `(?!\\w|[.,]\\d|\\s*(?:%|percent|per\\s+cent)|\\s*[-–]\\s*\\d|\\s+(?:${COUNT_NOUNS})\\b)` +
    '(\\s+(?:season|fiscal\\s+year))?',
  'g',
);

// Capitalised words a year may follow inside a sentence: months (misspelt too: "Febuary 1986"),
// seasons, holidays, "Fiscal", "Qtr", and nationality adjectives ("French 1986 growth").
const NAMES_A_TIME =
  /\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{Ll}*|Spring|Summer|Fall|Autumn|Winter|Christmas|Easter|Thanksgiving|Fiscal|Calendar|Year|Qtr|Quarter|\p{Lu}\p{Ll}*(?:an|ese|ish|ch|i))\s$/u;

export const yearParser: DateParser = {
  name: 'year',
  cues: CUE.YEAR,
  reach: 30,
  pattern: PATTERN,
  extract(m, s) {
    const y = +m[2];
    // Four digits after "No.", "Flight", "Route", "Section", "page" are labels, not years.
    const before = s.text.slice(Math.max(0, m.index - 12), m.index);
    if (/\b(?:No|Nos|Flight|Route|Room|Section|Article|Rule|Resolution|page|pages|Suite|Box|Highway|Interstate|number)\.?\s*$/i.test(before)) return null;
    if (y < 1000 || y > 2099) return null;
    // "a venture called Orion 1980", "Vision 2030": a year right after a capitalised word inside
    // a sentence is part of a name (months, seasons and holidays take their years in their own parsers).
    if (!m[1] && /[\p{Ll},;]\s+\p{Lu}[\p{Ll}]+\s$/u.test(before) && !NAMES_A_TIME.test(before)) return null;
    // Before 1600 a bare four-digit number is an amount far more often than a year.
    if (y < 1600 && !/\b(?:in|since|of|by|from|until|year)\s+$/i.test(before)) return null;
    // "the 1988 season" keeps its determiner and noun ("the 1988 period" is bare-quarter's); "fiscal 1989" its modifier.
    let start = m.index;
    if (m[3] && !m[1]) {
      const the = /\bthe\s+$/i.exec(before);
      if (the) start -= the[0].length;
      else return candidate('year', s, m.index + (m[1]?.length ?? 0), m.index + m[0].length - m[3].length, 'date', fmtYear(y));
    }
    // "the second half of 2004" is a half year.
    const half = /(first|second)\s+half/i.exec(m[1] ?? '');
    const value = half ? `${fmtYear(y)}-H${half[1].toLowerCase() === 'first' ? 1 : 2}` : fmtYear(y);
    return candidate('year', s, start, m.index + m[0].length, 'date', value);
  },
};
