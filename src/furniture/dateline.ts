// Publication dates as bylines and page metadata write them, to ISO 8601 at the
// precision stated: "April 11, 2025 8:46 PM" -> 2025-04-11T20:46,
// "22 Dec 2016" -> 2016-12-22, "2017-11-03 03:01:00.000000" -> 2017-11-03T03:01:00.
// Time zones are kept when the source gives them numerically, dropped when named
// ("ET", "BST"): the local wall time is what the byline states.

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const CLOCK = '(?:,?\\s*(?:at\\s+)?(\\d{1,2})[:.](\\d{2})(?::\\d{2})?\\s*([ap])?\\.?\\s*(?:m\\.?)?)?';

/** "April 11, 2025 8:46 PM", "Apr. 11 2025 at 8:46 a.m." */
export const MONTH_FIRST = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b${CLOCK}`, 'i');
/** "11 April 2025 20:46", "Fri 11 Apr 2025" */
export const DAY_FIRST = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b${CLOCK}`, 'i');
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?/;

/** The ISO form of a date written in `s`, or null. ISO input comes back normalised. */
export function parseDateText(s: string): string | null {
  const t = s.trim();
  const iso = ISO.exec(t);
  if (iso) {
    const [, y, mo, d, h, mi, sec, tz] = iso;
    if (!valid(+y, +mo, +d)) return null;
    if (h === undefined) return `${y}-${mo}-${d}`;
    const zone = tz === undefined ? '' : tz === 'Z' ? 'Z' : tz.length === 5 ? `${tz.slice(0, 3)}:${tz.slice(3)}` : tz;
    return `${y}-${mo}-${d}T${h}:${mi}${sec !== undefined ? `:${sec}` : ''}${zone}`;
  }
  let m = MONTH_FIRST.exec(t);
  if (m) return build(+m[3], MONTHS[m[1].toLowerCase().replace('.', '')], +m[2], m[4], m[5], m[6]);
  m = DAY_FIRST.exec(t);
  if (m) return build(+m[3], MONTHS[m[2].toLowerCase().replace('.', '')], +m[1], m[4], m[5], m[6]);
  return null;
}

function build(y: number, mo: number | undefined, d: number, h?: string, mi?: string, ampm?: string): string | null {
  if (mo === undefined || !valid(y, mo, d)) return null;
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined) return day;
  let hour = +h;
  if (ampm) {
    const pm = ampm.toLowerCase() === 'p';
    if (hour > 12) return day;
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  if (hour > 23 || +mi! > 59) return day;
  return `${day}T${pad(hour)}:${mi}`;
}

function valid(y: number, mo: number, d: number): boolean {
  return y >= 1900 && y <= 2100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
