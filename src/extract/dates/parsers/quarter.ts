import { CUE } from '../cues.js';
import { lower, whole } from '../make.js';
import { fmtQuarter, parsePoint, shiftPoint } from '../timex-value.js';
import type { Anchors, DateParser } from '../types.js';
import type { Day } from '../calendar.js';
import { type Tense, tenseAround } from '../tense.js';
import { endYear, periodEnd } from '../period-end.js';

// Fiscal quarters and halves, the backbone of earnings news: "the third
// quarter", "third-quarter" (as a modifier the determiner is not part of
// it), "the fiscal first quarter", "this year's third quarter", "the 1988
// second quarter", "the third quarter of 1984", "the year-earlier quarter",
// "the latest quarter", "the first half". A quarter without a year is the
// reference year's, unless that quarter is more than one ahead (in January,
// "the fourth quarter" is last year's).
const ORD: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
const PATTERN = new RegExp(
  '\\b(?:(the|this\\s+year\'s|last\\s+year\'s|next\\s+year\'s|(?:1[5-9]|20)\\d\\d\'s)\\s+)?' +
    '(?:(year-earlier|year-ago|comparable(?:\\s+year-ago)?|(?:1[5-9]|20)\\d\\d|current|latest|previous|same|fiscal|calendar)[\\s-]+)?' +
    '(?:(fiscal|calendar)[\\s-]+)?' +
    '(first|second|third|fourth|last|1st|2nd|3rd|4th)([\\s-])(?:(fiscal)\\s+)?(quarter|half)' +
    '(?:\\s+of\\s+(?:(fiscal\\s+)?((?:1[5-9]|20)\\d\\d)|(this|last|next)\\s+year))?\\b',
  'gi',
);

const PART_OF_OTHER = /^\s+of\s+(?:the|a|an|this|that|its|his|her|their|our)\s+(?!(?:(?:fiscal|calendar|current|next|same|previous|prior)\s+)*year\b)/i;

export function quarterYear(ref: Day, q: number, tense: Tense = null): number {
  const now = Math.ceil(ref.m / 3);
  // "profit fell in the third quarter" in April is last year's. The future
  // tense is no guide ("expects to report third-quarter profit" is about a
  // quarter just ended), so otherwise a quarter more than one ahead is last year's.
  if (tense === 'past') return q > now ? ref.y - 1 : ref.y;
  return q > now + 1 ? ref.y - 1 : ref.y;
}

export const quarterParser: DateParser = {
  name: 'quarter',
  cues: CUE.QUARTER,
  reach: 70,
  pattern: PATTERN,
  extract(m, s) {
    const det = lower(m[1]);
    const mod = lower(m[2]);
    const half = lower(m[7]) === 'half';
    // "the last half" is the second; "the last quarter" is relative (relative-unit.ts).
    const n = lower(m[4]) === 'last' ? (half ? 2 : 0) : ORD[lower(m[4])];
    if (!n) return null;
    const hyphen = m[5] === '-';
    // "the third-quarter loss": a modifier, so TimeML's extent starts at "third".
    const c = whole('quarter', m, s, 'date', null);
    if (hyphen && det === 'the' && !mod) {
      c.start = m.index + m[0].indexOf(m[4]);
      c.text = s.text.slice(c.start, c.end);
    }
    const explicit = m[9] ? +m[9] : /^\d{4}/.test(mod) ? +mod.slice(0, 4) : /^\d{4}/.test(det) ? +det.slice(0, 4) : null;
    const fmt = (y: number) => (half ? `${y}-H${n}` : fmtQuarter(y, n));
    if (half && n > 2) return null;
    // "the second half of the game", "the last half of the '80s", "the first quarter of
    // the century": a part of something that is not a year (that thing, if a date, is
    // found on its own). "the first half of the year" and "the third quarter of $226
    // million" (an amount for the quarter) stay quarters.
    if (explicit === null && !m[10] && PART_OF_OTHER.test(s.text.slice(c.end, c.end + 40))) {
      c.veto = true;
      return c;
    }
    if (explicit !== null) {
      c.value = fmt(explicit);
      return c;
    }
    const rel = lower(m[10]) || (det.startsWith('this') ? 'this' : det.startsWith('last') ? 'last' : det.startsWith('next') ? 'next' : '');
    const earlier = mod.startsWith('year-') || mod.startsWith('comparable');
    if (earlier) c.noAnchor = true;
    const tense = tenseAround(s.text, c.start, c.end);
    // "the second quarter ended Oct. 31": the year of its last day (a fiscal quarter's year).
    const end = periodEnd(s.text.slice(m.index + m[0].length, m.index + m[0].length + 30));
    c.resolve = ({ ref, lastQuarter }: Anchors) => {
      if (!ref) return null;
      let y = end ? endYear(end, ref) : half ? (n === 2 && ref.m <= 6 ? ref.y - 1 : ref.y) : quarterYear(ref, n, tense);
      if (rel === 'this') y = ref.y;
      else if (rel === 'last') y = ref.y - 1;
      else if (rel === 'next') y = ref.y + 1;
      if (earlier) {
        const anchor = parsePoint(lastQuarter);
        y = (anchor ? anchor.y : y) - 1;
      }
      return fmt(y);
    };
    return c;
  },
};
