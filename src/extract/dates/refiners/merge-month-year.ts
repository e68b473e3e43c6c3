import type { Context } from '../../context.js';
import type { Anchors, DateCandidate } from '../types.js';

// A month or season followed by a year the year parsers found on their own
// is one date: "January nineteen ninety-seven" (broadcast transcripts spell
// years out), "the winter of nineteen ninety-four". The numeric forms
// ("January 1997") are matched whole by the month and season parsers.
const GAP = /^(?:\s+|,\s*|\s+of\s+)$/;
const YEAR_RULES = new Set(['spelled-year', 'year']);

export function mergeMonthYear(found: DateCandidate[], ctx: Context): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < found.length; i++) {
    const a = found[i];
    const b = found[i + 1];
    if (b && (a.rule === 'month' || a.rule === 'season') && YEAR_RULES.has(b.rule) && b.value && /^\d{4}$/.test(b.value)) {
      const gap = ctx.text.slice(a.end, b.start);
      if (GAP.test(gap)) {
        const year = b.value;
        const own = a;
        out.push({
          start: a.start,
          end: b.end,
          text: ctx.text.slice(a.start, b.end),
          kind: 'date',
          value: null,
          rule: `${a.rule}+year`,
          resolve: (x: Anchors) => {
            const v = own.resolve ? own.resolve(x) : own.value;
            // Keep the month or season part ("-01", "-WI") and put the stated year before it.
            const part = v ? /-(\d{2}|SP|SU|FA|WI)$/.exec(v) : null;
            return part ? `${year}-${part[1]}` : null;
          },
        });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}
