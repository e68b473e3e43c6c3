import { MONTHS, TIME_UNIT_MODIFIERS, TIME_UNITS } from '../../../lexicon/number-context.js';
import type { NumberFilter } from '../amount.js';
import { isAsciiUpper, touching, wordAfter, wordBefore } from '../context.js';
import { overlapsDisjoint } from '../../refiners.js';

// Anything that is part of a date, time or duration belongs to the dates
// extractor. First what it found (ctx.found.dates); then, so the numbers stay
// right on their own, the plain signs of a date: a time unit after a count
// ("four days", "24 hours", "three-year-long", "45-year-old") and a month
// name beside the number ("April 9", "9 April", "May 4th", "4th of July").

const PERIOD_BEFORE = /\b(?:next|past|last|previous|first|second|third|coming|consecutive|straight|recent)\s+$/i;
const RANGE_OF_TIME = new RegExp(`\\s+(?:[0-9][0-9,.]*|[a-z]+(?:-[a-z]+)?)\\s+(?:(?:${[...TIME_UNIT_MODIFIERS].join('|')})\\s+)?(?:${[...TIME_UNITS].join('|')})\\b`, 'iy');

export const notDates: NumberFilter = (a, s) => {
  if (!outsideDates(a, s)) return false;
  const t = s.text;
  const next = t[a.end] === '-' ? wordAfter(t, a.end + 1) : wordAfter(t, a.end);
  const close = next !== null && touching(t, a.end, next.start);
  // "the third quarter", "fourth-quarter loss", "the second half": periods, which TimeML marks as dates.
  if (close && a.kind === 'ordinal' && /^(?:quarter|qtr|half)s?$/i.test(next.word)) return false;
  if (close && a.kind !== 'ordinal' && timeUnitAt(t, next)) {
    // "a 45-year-old": the whole compound, "year-old" included; "20 more years".
    return false;
  }
  // "the first nine months", "the 20th century": an ordinal inside a period.
  if (close && a.kind === 'ordinal') {
    const lower = next.word.toLowerCase();
    if (lower === 'century' || lower === 'centuries' || lower === 'millennium') return false;
    const after = wordAfter(t, next.end);
    if (/^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)$/.test(lower) || /^\d/.test(t.slice(a.end).trimStart())) {
      const unit = after?.word.toLowerCase() ?? '';
      if (TIME_UNITS.has(unit) || unit === 'quarters' || unit === 'halves') return false;
    }
  }
  // "two to three weeks", "the next 12 to 18 months": the first end of a range of durations.
  if (next && next.word.length <= 3 && /^(?:to|or|and)$/i.test(next.word) && a.kind !== 'ordinal') {
    RANGE_OF_TIME.lastIndex = next.end;
    if (RANGE_OF_TIME.test(t)) return false;
  }
  // "the next three quarters", "several quarters": business quarters, not three fourths.
  if (next && next.word.length === 8 && /^quarters$/i.test(next.word) && (a.source === 'vague' || PERIOD_BEFORE.test(t.slice(Math.max(0, a.start - 12), a.start)))) return false;
  if (a.kind === 'fraction' && /quarters$/i.test(t.slice(a.start, a.end))) {
    const period = PERIOD_BEFORE.test(t.slice(Math.max(0, a.start - 12), a.start)) || /^(?:two|2)\b/i.test(t.slice(a.start, a.end)) || /^\s+of\s+(?:\d{4}|fiscal)/i.test(t.slice(a.end, a.end + 12));
    if (period) return false;
  }
  // "the year 2000", "the year two thousand".
  const prev = wordBefore(t, a.start);
  if (prev && prev.word.length === 4 && prev.word.toLowerCase() === 'year' && /\bthe\s+year\s+$/i.test(t.slice(Math.max(0, a.start - 12), a.start))) return false;
  if (close && isAsciiUpper(next.word.charCodeAt(0)) && MONTHS.has(next.word.toLowerCase().replace(/\.$/, ''))) return false;
  if (next && next.word === 'of' && a.kind === 'ordinal') {
    const m = wordAfter(t, next.end);
    if (m && isAsciiUpper(m.word.charCodeAt(0)) && MONTHS.has(m.word.toLowerCase())) return false;
  }
  if (prev && touching(t, prev.end, a.start) && isAsciiUpper(prev.word.charCodeAt(0)) && MONTHS.has(prev.word.toLowerCase().replace(/\.$/, ''))) return false;
  return true;
};

/** The word is a time unit, or a modifier followed by one ("more years"). */
function timeUnitAt(t: string, w: { word: string; end: number }): boolean {
  const word = w.word.toLowerCase();
  const lower = word.includes("'") || word.includes('’') ? word.replace(/['’]s?$/, '') : word;
  if (TIME_UNITS.has(lower)) return true;
  if (!TIME_UNIT_MODIFIERS.has(lower)) return false;
  const n = wordAfter(t, w.end);
  return n !== null && TIME_UNITS.has(n.word.toLowerCase());
}

/** No overlap with a date finding. Run again last: a unit or range may have grown into one. */
export const outsideDates: NumberFilter = (a, s) => s.dates.length === 0 || !overlapsDisjoint(a, s.dates);

/**
 * A bare four-digit year ("in 2014", "2022 was") and the short year after a
 * year and a dash ("1957-58"). Runs after money and units are attached, so
 * "$2000" and "2000 tonnes" stay; "2000 troops" stays because a plural noun follows.
 */
export const notYears: NumberFilter = (a, s) => {
  if (a.kind !== 'cardinal' || typeof a.value !== 'number' || !a.digits || (a.value >= 100 && a.value < 1000) || a.value > 2100) return true;
  const text = s.text.slice(a.start, a.end);
  if (/^\d{1,2}$/.test(text) && /(?:^|[^\d])\d{4}[-–/]$/.test(s.text.slice(Math.max(0, a.start - 6), a.start))) return false;
  if (!/^\d{4}$/.test(text) || a.value < 1000 || a.value > 2100) return true;
  // Opening a sentence, a year is the subject ("2004 reinforces the trend"); counts are spelled out there.
  if (onlyOpenersBefore(s.text, a.start)) return false;
  // 1900-2099 written without a comma is a year: counts that large are written "2,000" in news
  // ("fiscal 1989 results", "the 2004 figures"). Earlier four-digit numbers are years only without a noun ("in 1812").
  if (a.value >= 1900 && a.value < 2100) return false;
  const next = wordAfter(s.text, a.end);
  return next !== null && /^\s+$/.test(s.text.slice(a.end, next.start)) && /^[a-z]/.test(next.word) && isCountNoun(next.word);
};

const OPENER = /[\s"“‘'(]/;

/** Only spaces, quote marks and brackets before `i`: scans back and stops at the first other character. */
function onlyOpenersBefore(t: string, i: number): boolean {
  for (let k = i - 1; k >= 0; k--) if (!OPENER.test(t[k])) return false;
  return true;
}

function isCountNoun(w: string): boolean {
  return /s$/.test(w) && !/(?:ss|us|is)$/.test(w) && !['was', 'has', 'its', 'as', 'this', 'always', 'perhaps'].includes(w) || ['people', 'children', 'men', 'women', 'police', 'personnel', 'staff'].includes(w);
}
