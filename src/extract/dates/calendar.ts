// Proleptic Gregorian calendar arithmetic on plain integers. No Date object
// and no clock: every date here comes from the text or the reference date.

export interface Day {
  y: number;
  m: number;
  d: number;
}

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export function dayNumber({ y, m, d }: Day): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): Day {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

export function addDays(day: Day, n: number): Day {
  return fromDayNumber(dayNumber(day) + n);
}

/** ISO weekday: Monday = 1 ... Sunday = 7. */
export function weekday(day: Day): number {
  const n = dayNumber(day); // 1970-01-01 was a Thursday (4)
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** The ISO 8601 week a day falls in (its year may differ from the day's). */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - weekday(day));
  const jan1 = dayNumber({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((dayNumber(thursday) - jan1) / 7) + 1 };
}

/** Month arithmetic on (year, month) pairs. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + n;
  return { y: Math.floor(t / 12), m: (t % 12 + 12) % 12 + 1 };
}

/** The nth (1-based; -1 = last) given weekday of a month. */
export function nthWeekday(y: number, m: number, wd: number, nth: number): Day {
  if (nth > 0) {
    const first = weekday({ y, m, d: 1 });
    return { y, m, d: 1 + ((wd - first + 7) % 7) + (nth - 1) * 7 };
  }
  const lastDay = daysInMonth(y, m);
  const last = weekday({ y, m, d: lastDay });
  return { y, m, d: lastDay - ((last - wd + 7) % 7) };
}

/** Easter Sunday (Anonymous Gregorian algorithm). */
export function easter(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const mm = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * mm + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * mm + 114) % 31) + 1 };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

export function fmtYear(y: number): string {
  return y < 0 ? String(y) : pad(y, 4);
}
export function fmtMonth(y: number, m: number): string {
  return `${fmtYear(y)}-${pad(m)}`;
}
export function fmtDay(day: Day): string {
  return `${fmtYear(day.y)}-${pad(day.m)}-${pad(day.d)}`;
}
export function fmtWeek(day: Day): string {
  const w = isoWeek(day);
  return `${fmtYear(w.year)}-W${pad(w.week)}`;
}
export function fmtTime(h: number, min: number): string {
  return `T${pad(h)}:${pad(min)}`;
}

/** A YYYY-MM-DD (or longer ISO) string as a Day, or null. */
export function parseDay(value: string | null): Day | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return null;
  const day = { y: +m[1], m: +m[2], d: +m[3] };
  return isValidDay(day.y, day.m, day.d) ? day : null;
}
