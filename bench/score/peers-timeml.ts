// Peers' date results as TimeML values, so that peers-timex.ts can score them
// against TimeBank's gold. Each mapping keeps the precision the tool states
// and adds nothing it did not resolve. (docs/peers.md explains the choices.)

// ---- chrono-node -------------------------------------------------------------
// chrono gives components (year, month, day, weekday, hour, ...), each either
// stated in the text ("certain") or implied from the reference date. TimeML
// values state the precision the text states ("March" → 1998-03), so the
// finest certain component sets the precision and implied ones fill the
// coarser fields ("Tuesday": weekday certain → the implied date, 1998-01-06).

export type ChronoComponent = 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute' | 'second';

/** What the mapping reads of a chrono ParsedComponents. */
export interface ChronoComponents {
  isCertain(c: ChronoComponent): boolean;
  get(c: ChronoComponent): number | null;
}

export const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function chronoToTimeML(c: ChronoComponents, ref: Date): string {
  const n = (k: ChronoComponent): number => c.get(k) ?? 0;
  const date = `${pad(n('year'), 4)}-${pad(n('month'))}-${pad(n('day'))}`;
  // chrono reads "now" as the reference instant itself, every field certain:
  // the TimeML for that is PRESENT_REF, not a clock time.
  const whole: ChronoComponent[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];
  if (whole.every((k) => c.isCertain(k)) && sameInstant(c, ref)) return 'PRESENT_REF';
  if (c.isCertain('hour')) return `${date}T${pad(n('hour'))}:${pad(n('minute'))}`;
  if (c.isCertain('day') || c.isCertain('weekday')) return date;
  if (c.isCertain('month')) return date.slice(0, 7);
  if (c.isCertain('year')) return date.slice(0, 4);
  // Nothing stated ("this week", "this morning"): chrono resolved a day, so a day it is.
  return date;
}

function sameInstant(c: ChronoComponents, ref: Date): boolean {
  return c.get('year') === ref.getFullYear() && c.get('month') === ref.getMonth() + 1 && c.get('day') === ref.getDate() &&
    c.get('hour') === ref.getHours() && c.get('minute') === ref.getMinutes() && c.get('second') === ref.getSeconds();
}

// ---- Microsoft Recognizers-Text DateTime ----------------------------------------
// Its resolution lists candidate readings, each with a TimeML-style `timex`
// (1998-01-08, 1998-W02, 1997-FA, P3D, PRESENT_REF, XXXX-WXX-5, ...) and, for
// underspecified ones, a resolved `value` or `start`/`end`. For an ambiguous
// "Friday" or "October" it lists a past and a future reading; the one nearer
// the reference date is taken (the past one on a tie), as chrono itself
// chooses. Then:
//  - a fully specified timex is already a TimeML value and is kept as it is;
//  - XXXX-WXX-5 (a weekday), XXXX-10 (a month), XXXX-WXX-5TMO: the date part
//    the candidate resolved replaces the X's, the rest is kept (1998-01-02TMO);
//  - a range "(start,end,duration)" is a calendar unit when start and end
//    bound one (a year, half, quarter, month, decade: "third-quarter" →
//    1997-Q3), else the anchored period it is ("the past three months" → P3M,
//    TimeML's DURATION);
//  - a SET keeps its timex (P1D, XXXX-WXX-4: TimeML sets are not anchored);
//  - an hour written alone (T22, for "10 p.m.") is written T22:00, as TimeBank
//    writes clock times: the same time at the same precision.

export interface RecognizersValue {
  timex?: string;
  type?: string;
  value?: string;
  start?: string;
  end?: string;
}

export interface RecognizersResult {
  typeName: string;
  resolution: { values?: RecognizersValue[] } | null;
}

export function recognizersToTimeML(r: RecognizersResult, ref: Date): string | null {
  const v = nearest(r.resolution?.values ?? [], ref);
  const timex = v?.timex;
  if (!v || !timex) return null;
  if (r.typeName.endsWith('.set')) return timex;
  if (timex.startsWith('(')) return rangeValue(timex, v);
  return clock(resolveX(timex, v));
}

/** The candidate whose date (or range) lies nearest `ref`; the first on a tie. */
function nearest(values: readonly RecognizersValue[], ref: Date): RecognizersValue | undefined {
  let best: RecognizersValue | undefined;
  let bestDistance = Infinity;
  for (const v of values) {
    const a = toTime(v.value ?? v.start);
    const b = toTime(v.end) ?? a;
    const d = a === null || b === null ? Infinity : ref.getTime() < a ? a - ref.getTime() : ref.getTime() > b ? ref.getTime() - b : 0;
    if (best === undefined || d < bestDistance) [best, bestDistance] = [v, d];
  }
  return best;
}

function toTime(s: string | undefined): number | null {
  const m = s && /^(\d{4})-(\d\d)-(\d\d)(?:[ T](\d\d):(\d\d))?/.exec(s);
  return m ? new Date(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0)).getTime() : null;
}

/** T22 → T22:00 (TimeBank's way of writing a clock hour). */
function clock(timex: string): string {
  return timex.replace(/T(\d\d)$/, 'T$1:00');
}

/** The date part's X's filled from the candidate's resolved date. */
function resolveX(timex: string, v: RecognizersValue): string {
  if (!timex.includes('X')) return timex;
  const resolved = v.value ?? v.start;
  if (!resolved || !/^\d{4}-\d\d-\d\d/.test(resolved)) return timex;
  const t = timex.indexOf('T');
  const datePart = t < 0 ? timex : timex.slice(0, t);
  const timePart = t < 0 ? '' : timex.slice(t);
  if (!datePart.includes('X')) return timex;
  // A weekday or week-of-month form resolves to the candidate's whole date.
  if (datePart.includes('W')) return resolved.slice(0, 10) + timePart;
  return datePart.replace(/^XXXX/, resolved.slice(0, 4)) + timePart;
}

/** A range: the calendar unit its resolved start and end bound, else its duration. */
function rangeValue(timex: string, v: RecognizersValue): string | null {
  const duration = /,(P[^,)]+)\)$/.exec(timex)?.[1] ?? null;
  const start = v.start && /^(\d{4})-(\d\d)-(\d\d)(?: 00:00:00)?$/.exec(v.start);
  const end = v.end && /^(\d{4})-(\d\d)-(\d\d)(?: 00:00:00)?$/.exec(v.end);
  if (!start || !end || start[3] !== '01' || end[3] !== '01') return duration;
  const y = Number(start[1]);
  const m = Number(start[2]);
  const months = (Number(end[1]) - y) * 12 + Number(end[2]) - m;
  if (months === 1) return `${start[1]}-${start[2]}`;
  if (months === 3 && m % 3 === 1) return `${start[1]}-Q${(m + 2) / 3}`;
  if (months === 6 && m % 6 === 1) return `${start[1]}-H${(m + 5) / 6}`;
  if (months === 12 && m === 1) return start[1];
  if (months === 120 && m === 1 && y % 10 === 0) return start[1].slice(0, 3);
  if (months === 1200 && m === 1 && y % 100 === 0) return start[1].slice(0, 2);
  return duration;
}
