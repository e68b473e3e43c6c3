import { MONTH_SOURCE, monthNumber } from '../../lexicon/months.js';
import { fmtDay, isValidDay, parseDay } from './calendar.js';
import { nearestYear } from './timex-value.js';

/**
 * The date relative expressions resolve against, in the order DESIGN §2
 * gives: the document's own publication date — from its metadata
 * (`published`), else from a dateline or byline near the top of its text —
 * and only then the `--ref-date` the user gave. Never the machine's clock,
 * so output is reproducible.
 */
export function referenceDate(published: string | null, refDate: string | null | undefined, text?: string): string | null {
  const own = published ? isoDay(published) : null;
  if (own) return own;
  const given = refDate ? isoDay(refDate) : null;
  const fromText = text ? datelineDate(text, given) : null;
  return fromText ?? given;
}

/** The YYYY-MM-DD part of an ISO date or date-time, or null if it has none. */
export function isoDay(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  return m && isValidDay(+m[1], +m[2], +m[3]) ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

// Only the top of a story carries its dateline or byline.
const HEAD_CHARS = 600;
const HEAD_LINES = 6;

// "LONDON 1996-08-30" (wire copy, CoNLL): a capitalised place, then an ISO date.
const ISO_DATELINE = /^[\p{Lu}][\p{Lu}\p{Lt} .,'’-]*\s+(\d{4}-\d{2}-\d{2})\b/u;
// "by Kateryna Denisova April 11, 2025 8:46 PM", "Published: April 11, 2025": a full date on a short line.
const BYLINE_DATE = new RegExp(`\\b(${MONTH_SOURCE})\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`);
// "SALVADOR, Feb 26 - ", "WASHINGTON, March 3 (Reuters) -", "HAVANA, August 7 (Xinhua) --": a place in
// capitals, a comma, a month and day, then a dash or an agency in brackets.
const WIRE_DATELINE = new RegExp(`^[\\p{Lu}][\\p{Lu} .'’-]+(?:,\\s*[\\p{L} .]+)?,\\s+(${MONTH_SOURCE})\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*(?:\\([^)]{2,30}\\)\\s*)?[-–—]`, 'u');
const YEAR = /(?<![\d$£€.,])(19\d\d|20\d\d)(?![\d%]|[.,]\d)/g;

/**
 * A publication date the text states in its first lines, as YYYY-MM-DD, or
 * null. A wire dateline without a year ("SALVADOR, Feb 26 -") takes the year
 * of `given` (the --ref-date) that puts the day nearest it; without one, the
 * year the text mentions most often (the latest on a tie); with neither, the
 * year is unknown and so is the reference date: null.
 */
export function datelineDate(text: string, given: string | null = null): string | null {
  const head = text.slice(0, HEAD_CHARS).split('\n').map((l) => l.trim()).filter(Boolean).slice(0, HEAD_LINES);
  for (const line of head) {
    const iso = ISO_DATELINE.exec(line);
    if (iso && isoDay(iso[1])) return iso[1];
    const wire = WIRE_DATELINE.exec(line);
    if (wire) return wireDate(monthNumber(wire[1]), +wire[2], wire[3] ? +wire[3] : null, text, given);
    const by = BYLINE_DATE.exec(line);
    if (by && (line.length <= 120 || /^(?:by|published|updated|posted)\b/i.test(line))) {
      const day = { y: +by[3], m: monthNumber(by[1]), d: +by[2] };
      if (isValidDay(day.y, day.m, day.d)) return fmtDay(day);
    }
  }
  return null;
}

function wireDate(month: number, day: number, year: number | null, text: string, given: string | null): string | null {
  if (!month) return null;
  const ref = parseDay(given);
  // A --ref-date places the year better than the years a story talks about.
  const y = year ?? (ref ? nearestYear(ref, month, day) : likelyYear(text));
  if (y === null) return null;
  return isValidDay(y, month, day) ? fmtDay({ y, m: month, d: day }) : null;
}

/** The year the text mentions most often, the latest on a tie; null if none. */
function likelyYear(text: string): number | null {
  const counts = new Map<number, number>();
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) counts.set(+m[1], (counts.get(+m[1]) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  return best;
}
