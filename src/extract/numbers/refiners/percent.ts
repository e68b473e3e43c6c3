import type { NumberRefiner } from '../amount.js';
import { afterWordAndSpace, isRegexSpace, L, rx } from '../context.js';

// Percentages: "12%", "12 %", "12 percent", "12 per cent", "12 pct", "12pc",
// "10-percent", and the spec's inverted "per cent of twenty-two". Value is the
// number as written (12). "percentage points" is a unit (see unit.ts).

const AFTER = rx('i')`^(?:\s?%|(?:\s+|-)(?:per\s?cents?|percents?|pct\.?(?![${L}])|percentage(?!\s+points?))|pc(?![${L}]))(?![${L}])`;
const INVERTED_BEFORE = rx('i')`(?:^|[^${L}])((?:per\s?cents?|percents?)\s+of\s+)$`;

/** AFTER can match only where "%", a hyphen or a "p" comes next, maybe after spaces. */
function percentSignOrWord(text: string, end: number): boolean {
  let c = text.charCodeAt(end);
  if (c === 45) return true;
  while (isRegexSpace(c)) c = text.charCodeAt(++end);
  return c === 37 || (c | 0x20) === 112;
}

export const attachPercent: NumberRefiner = (amounts, s) => {
  for (const a of amounts) {
    if (a.kind !== 'cardinal' && a.kind !== 'fraction') continue;
    if (typeof a.value !== 'number') continue;
    const m = percentSignOrWord(s.text, a.end) ? AFTER.exec(s.text.slice(a.end, a.end + 24)) : null;
    if (m) {
      a.end += m[0].replace(/\.$/, '').length;
      a.kind = 'percent';
      continue;
    }
    // "percents of twenty": only when no number stands before "percent" ("5 percent of 200" is two amounts).
    const inv = afterWordAndSpace(s.text, a.start, 'of') ? INVERTED_BEFORE.exec(s.text.slice(Math.max(0, a.start - 20), a.start)) : null;
    if (inv) {
      const wordStart = a.start - inv[1].length;
      if (!amounts.some((o) => o !== a && o.start < wordStart && o.end >= wordStart - 2)) {
        a.start = wordStart;
        a.kind = 'percent';
      }
    }
  }
  return amounts;
};
