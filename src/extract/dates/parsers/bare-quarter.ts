import type { Day } from '../calendar.js';
import { CUE } from '../cues.js';
import { lower, whole } from '../make.js';
import { periodEnd, quarterEndingOn } from '../period-end.js';
import { fmtQuarter, parsePoint, shiftPoint } from '../timex-value.js';
import type { Anchors, DateParser } from '../types.js';

// Earnings copy refers back to its reporting period without naming it: "the
// quarter", "that quarter", "the latest period", "the 1988 period", "the
// year-ago quarter", "the quarter a year ago", "last year's quarter",
// "year-earlier net". The period is the one last mentioned — a quarter, or a
// span like "the first nine months" (Anchors.lastPeriod) — or a year before
// it. Two readings do not refer back: "the latest quarter" is the last one
// completed before the reference date and "the current quarter" the one it
// falls in; and "the quarter ended July 31" is named by its end date.
const YEAR = '(?:1[5-9]|20)\\d\\d';
/** A modifier that is a year ("the 1996 quarter"): compiled once, not once per match. */
const WHOLE_YEAR = new RegExp(`^${YEAR}$`);
const MOD = `latest|current|previous|same|corresponding|comparable|year-earlier|year-ago|comparable\\s+year-ago|fiscal|${YEAR}`;
const BARE = new RegExp(
  `\\b(?:the|that|this|its|(last\\s+year['’]s))\\s+(?:(${MOD})\\s+)?(quarter|period)\\b(?![-\\w])` +
    '(?:\\s+(a\\s+year\\s+(?:ago|earlier)|last\\s+year)\\b)?' +
    '|\\b(year-earlier|year-ago)\\b(?!\\s+(?:quarter|period|nine|six|three|first|second|third|fourth|results?\\s+for))',
  'gi',
);

export const bareQuarterParser: DateParser = {
  name: 'bare-quarter',
  cues: CUE.QUARTER | CUE.UNIT,
  reach: 50,
  needs: (l) => l.includes('quarter') || l.includes('period') || l.includes('year-'),
  pattern: BARE,
  extract(m, s) {
    const adjective = m[5] !== undefined;
    const mod = lower(m[2] ?? m[5]);
    const unit = lower(m[3]);
    const year = WHOLE_YEAR.test(mod) ? +mod : null;
    // "the period" alone is too vague; "the latest period" in earnings copy is the quarter.
    if (unit === 'period' && !mod && !m[1] && !m[4]) return null;
    const earlier = adjective || !!m[1] || !!m[4] || /^(?:year-|comparable|corresponding)/.test(mod);
    const end = unit && !earlier ? periodEnd(s.text.slice(m.index + m[0].length, m.index + m[0].length + 30)) : null;
    const c = whole('bare-quarter', m, s, 'date', null);
    // A comparison or a restated year points back; it never becomes the period referred to.
    if (earlier || year !== null) c.noAnchor = true;
    c.resolve = ({ ref, lastQuarter, lastPeriod }: Anchors) => {
      if (!ref) return null;
      // A fiscal quarter already named is the one that ends then ("the fiscal first quarter ... the quarter ended Sept. 29").
      if (end && !lastQuarter) {
        const q = quarterEndingOn(end, ref);
        return fmtQuarter(q.y, q.q);
      }
      if (mod === 'current') return fmtQuarter(ref.y, Math.ceil(ref.m / 3));
      if (mod === 'latest' && unit === 'quarter') return fmtQuarter(...prevQuarter(ref));
      const period = lastPeriod ?? lastQuarter;
      const months = period?.startsWith('P') ? period : null;
      const base = parsePoint(months ? lastQuarter : period) ?? parsePoint(fmtQuarter(...prevQuarter(ref)))!;
      if (earlier) {
        // After "the first nine months", "the year-earlier period" is those months
        // again and "year-earlier net" the year before.
        if (months) return unit === 'period' ? months : adjective ? String(ref.y - 1) : shiftPoint(base, 'year', -1);
        if (adjective && !period) return String(ref.y - 1);
        return shiftPoint(base, 'year', -1);
      }
      if (year !== null) return unit === 'period' && !period ? String(year) : months ? String(year) : fmtQuarter(year, base.q!);
      return fmtQuarter(base.y, base.q!);
    };
    return c;
  },
};

function prevQuarter(ref: Day): [number, number] {
  const q = Math.ceil(ref.m / 3) - 1;
  return q === 0 ? [ref.y - 1, 4] : [ref.y, q];
}
