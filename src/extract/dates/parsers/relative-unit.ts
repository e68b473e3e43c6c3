import { addDays, type Day, fmtDay, fmtWeek, weekday } from '../calendar.js';
import { CUE } from '../cues.js';
import { lower, whole } from '../make.js';
import { tenseAround, type Tense } from '../tense.js';
import { fmtQuarter, shift, type Unit } from '../timex-value.js';
import type { DateParser } from '../types.js';

// Calendar units counted from the reference date: "last week", "this
// month", "next year", "earlier this week", "later this year", "early next
// year", "the end of the month", "the past year", "the current fiscal
// year", "the weekend", "last quarter", "year-end". TimeML keeps the
// modifier inside the extent and gives the unit's own precision
// (2025-W15, 2025-04, 2025).
const PATTERN = new RegExp(
  '\\b((?:earlier|later|early|late)\\s+(?:in\\s+)?|the\\s+(?:end|beginning|start|middle|rest|remainder|first\\s+half|second\\s+half|close|turn)\\s+of\\s+|sometime\\s+|mid-)?' +
    '(last|this|next|past|coming|(?:the\\s+)?(?:past|last|coming|previous|current|present|same)|the)\\s+' +
    '(fiscal\\s+|calendar\\s+|full\\s+)?(week|weekend|month|year|decade|century|quarter)\\b(?![-\\w])(?:\\s+or\\s+so\\b)?' +
    "|\\b(year[-\\s]end|year's\\s+end|the\\s+end\\s+of\\s+the\\s+year)\\b(?!-)",
  'gi',
);

// Prepositions after which a bare "the week/month/year" is a date ("in the year", "for the week").
const PART_OF = /\b(?:months|weeks|days|half|quarters?|rest|remainder|part|bulk)\s+of\s+$/i;
const PREP_BEFORE = /\b(?:in|for|during|over|throughout|through|of|since|by|until)\s+$/i;

export const relativeUnitParser: DateParser = {
  name: 'relative-unit',
  cues: CUE.UNIT | CUE.QUARTER,
  reach: 50,
  pattern: PATTERN,
  extract(m, s) {
    const c = whole('relative-unit', m, s, 'date', null);
    // Only "the weekend" and "year-end" need the tense; it is looked up for them alone.
    const tenseOf = () => tenseAround(s.text, m.index, m.index + m[0].length);
    if (m[5]) {
      const tense = tenseOf();
      // "since year-end" counts from the last one.
      const since = /\bsince\s+$/i.test(s.text.slice(Math.max(0, m.index - 6), m.index));
      // The end of the year: the coming one, or the one gone in the past tense early in a year.
      c.resolve = ({ ref }) => (ref ? `${since || (tense === 'past' && ref.m < 7) ? ref.y - 1 : ref.y}-12-31` : null);
      return c;
    }
    const prefix = lower(m[1]);
    const det = lower(m[2]).replace(/^the /, '');
    const unit = lower(m[4]) as Unit | 'weekend';
    const fiscal = lower(m[3]);
    // "the year ended June 30": a fiscal year, i.e. a one-year period.
    if ((det === 'the' || det === 'the fiscal') && unit === 'year' && /^\s+end(?:ed|ing)\b/i.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 9))) {
      c.kind = 'duration';
      c.value = 'P1Y';
      return c;
    }
    if (det === 'the' && !prefix) {
      const before = s.text.slice(Math.max(0, m.index - 24), m.index);
      // "the first nine months of the year", "the rest of the year": a part of the current one.
      const partOf = unit === 'year' && PART_OF.test(before);
      if (unit === 'weekend' || partOf) {
        /* "over the weekend" is the weekend nearest the reference date */
      } else if (!(fiscal && unit === 'year') && !(PREP_BEFORE.test(before) && (unit === 'year' || unit === 'week'))) return null;
      // "of the year" in "man of the year", "the week of April 7": not the current unit ("a high for
      // the year of $42" is, an amount following).
      const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 10);
      if (/^\s+(?:of|to|before|after|when|that|in)\b|^'s/i.test(after) && !/^\s+of\s+[$£€\d]/.test(after) && unit !== 'weekend') return null;
      if (/\bof\s+$/i.test(before) && unit !== 'weekend' && !partOf) return null;
    }
    if (det === 'same') return null; // "the same year" is anaphoric, see anaphoric.ts
    const n = det === 'last' || det === 'past' || det === 'previous' ? -1 : det === 'next' || det === 'coming' ? 1 : 0;
    if (unit === 'quarter' && det !== 'last' && det !== 'next') return null; // bare-quarter.ts
    c.resolve = ({ ref }) => {
      if (!ref) return null;
      if (unit === 'weekend') return weekend(ref, n, det === 'the' || det === 'this' ? tenseOf() : null);
      if (unit === 'quarter') {
        const q = Math.ceil(ref.m / 3) - 1 + n;
        return fmtQuarter(ref.y + Math.floor(q / 4), ((q % 4) + 4) % 4 + 1);
      }
      return shift(ref, unit, n);
    };
    return c;
  },
};

/** The weekend of the week `n` weeks away; "the weekend" looks back in the past tense. */
function weekend(ref: Day, n: number, tense: Tense): string {
  const wd = weekday(ref);
  let saturday = addDays(ref, 6 - wd);
  if (n !== 0) saturday = addDays(saturday, 7 * n);
  else if (tense !== 'future' && wd < 6) saturday = addDays(saturday, -7);
  void fmtDay;
  return `${fmtWeek(saturday)}-WE`;
}
