import { CUE } from '../cues.js';
import { AMOUNT_SOURCE, amountValue } from '../amount.js';
import { lower, whole } from '../make.js';
import { parsePoint, shift, shiftPoint, type Unit } from '../timex-value.js';
import type { DateParser } from '../types.js';

// "four years ago", "nearly two years ago", "a week or so ago", "a year
// earlier": a date at the precision of the unit ("four years ago" is a
// year). In earnings copy "a year ago" and "a year earlier" mean the same
// quarter a year before, so after a quarter they shift that quarter.
// "several years ago" is only PAST_REF.
const PATTERN = new RegExp(
  '\\b(?:(about|around|nearly|almost|more\\s+than|less\\s+than|over|some|roughly|approximately|just|only|barely)\\s+)?' +
    `(${AMOUNT_SOURCE})\\s+(?:more\\s+)?(second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?` +
    '(?:\\s+or\\s+so)?\\s+(ago|earlier|before(?=\\s*[,.;)]|\\s*$))\\b',
  'gi',
);

const UNITS: Record<string, Unit> = {
  day: 'day', week: 'week', fortnight: 'week', month: 'month', quarter: 'quarter', year: 'year', decade: 'decade', century: 'century', centurie: 'century',
};

export const agoParser: DateParser = {
  name: 'ago',
  cues: CUE.UNIT | CUE.QUARTER,
  reach: 60,
  needs: (l) => l.includes('ago') || l.includes('earlier') || l.includes('before'),
  pattern: PATTERN,
  extract(m, s) {
    const n = amountValue(m[2]);
    const unitWord = lower(m[3]);
    const unit = UNITS[unitWord];
    const fromAnchor = lower(m[4]) !== 'ago';
    const c = whole('ago', m, s, 'date', null);
    c.noAnchor = true;
    if (n === 'X') {
      c.value = 'PAST_REF';
      return c;
    }
    if (!Number.isFinite(n)) return null;
    const count = unitWord === 'fortnight' ? 2 * n : n;
    if (!unit) {
      // Hours and minutes ago: the reference day itself.
      c.resolve = ({ ref }) => (ref ? shift(ref, 'day', 0) : null);
      return c;
    }
    if (!Number.isInteger(count)) return null;
    c.resolve = ({ ref, last, lastPeriod }) => {
      // Only "a year ago/earlier" is the earnings comparison with the same
      // period: the quarter last reported, or after "the first nine months"
      // the year before the reference year.
      if (unit === 'year' && count === 1 && lastPeriod) {
        const q = parsePoint(lastPeriod);
        if (q) return shiftPoint(q, 'year', -count);
        if (ref) return String(ref.y - 1);
      }
      if (fromAnchor) {
        const anchor = parsePoint(last);
        if (anchor && unit === 'year') return String(anchor.y - count);
        const v = anchor ? shiftPoint(anchor, unit, -count) : null;
        if (v) return v;
      }
      return ref ? shift(ref, unit, -count) : null;
    };
    return c;
  },
};
