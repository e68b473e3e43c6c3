import type { Context } from '../../context.js';
import type { Anchors, DateCandidate } from '../types.js';

// A date and a clock time written together are one TimeML expression:
// "April 11, 2025 8:46 PM", "10 p.m. Wednesday", "noon Thursday", "5 p.m.
// EST Nov. 9", "Friday, 9 a.m.". Only a space or a comma may separate them
// ("on Friday at 9 a.m." stays two, as TimeBank has it).
// `\s*,?\s*` with the comma's spaces inside the option: the same gaps, without trying every split of a long run of spaces.
const GAP = /^\s*(?:,\s*)?$/;
const DAY_RULES = new Set(['month-day', 'weekday', 'deictic-day', 'holiday', 'iso-date', 'anaphoric']);

export function mergeDateTime(found: DateCandidate[], ctx: Context): DateCandidate[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateCandidate[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    const b = sorted[i + 1];
    if (b && a.end <= b.start && GAP.test(ctx.text.slice(a.end, b.start)) && !ctx.text.slice(a.end, b.start).includes('\n')) {
      const time = a.clock ? a : b.clock ? b : null;
      const date = time === a ? b : a;
      if (time && !date.clock && DAY_RULES.has(date.rule) && date.kind === 'date') {
        out.push(merged(date, time, a, b, ctx));
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

function merged(date: DateCandidate, time: DateCandidate, first: DateCandidate, second: DateCandidate, ctx: Context): DateCandidate {
  const clock = time.clock!;
  const dayOf = (a: Anchors) => {
    const v = date.resolve ? date.resolve(a) : date.value;
    return v && /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/.test(v) ? v : null;
  };
  return {
    start: first.start,
    end: second.end,
    text: ctx.text.slice(first.start, second.end),
    kind: 'time',
    value: null,
    rule: `${date.rule}+time`,
    resolve: (a) => {
      const day = dayOf(a);
      return day ? day + clock : null;
    },
  };
}
