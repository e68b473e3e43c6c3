import { MONTHS, TIME_UNITS } from '../../../lexicon/number-context.js';
import type { NumberFilter } from '../amount.js';
import { touching, wordAfter, wordBefore } from '../context.js';
import { overlapsAny } from '../../refiners.js';

// Anything that is part of a date, time or duration belongs to the dates
// extractor. First what it found (ctx.found.dates); then, so the numbers stay
// right on their own, the plain signs of a date: a time unit after a count
// ("four days", "24 hours", "three-year-long", "45-year-old") and a month
// name beside the number ("April 9", "9 April", "May 4th", "4th of July").

export const notDates: NumberFilter = (a, s) => {
  if (!outsideDates(a, s)) return false;
  const t = s.text;
  const next = t[a.end] === '-' ? wordAfter(t, a.end + 1) : wordAfter(t, a.end);
  // "the third quarter", "fourth-quarter loss", "the second half": periods, which TimeML marks as dates.
  if (next && a.kind === 'ordinal' && touching(t, a.end, next.start) && /^(?:quarter|qtr|half)s?$/i.test(next.word)) return false;
  if (next && touching(t, a.end, next.start) && a.kind !== 'ordinal' && TIME_UNITS.has(next.word.toLowerCase().replace(/['’]s?$/, ''))) {
    // "a 45-year-old": the whole compound, "year-old" included.
    return false;
  }
  if (next && touching(t, a.end, next.start) && /^[A-Z]/u.test(next.word) && MONTHS.has(next.word.toLowerCase().replace(/\.$/, ''))) return false;
  if (next && next.word === 'of' && a.kind === 'ordinal') {
    const m = wordAfter(t, next.end);
    if (m && /^[A-Z]/u.test(m.word) && MONTHS.has(m.word.toLowerCase())) return false;
  }
  const prev = wordBefore(t, a.start);
  if (prev && touching(t, prev.end, a.start) && /^[A-Z]/u.test(prev.word) && MONTHS.has(prev.word.toLowerCase().replace(/\.$/, ''))) return false;
  return true;
};

/** No overlap with a date finding. Run again last: a unit or range may have grown into one. */
export const outsideDates: NumberFilter = (a, s) => s.dates.length === 0 || !overlapsAny(a, s.dates);

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
  if (/^[\s"“‘'(]*$/.test(s.text.slice(0, a.start))) return false;
  const next = wordAfter(s.text, a.end);
  return next !== null && /^\s+$/.test(s.text.slice(a.end, next.start)) && /^[a-z]/.test(next.word) && isCountNoun(next.word);
};

function isCountNoun(w: string): boolean {
  return /s$/.test(w) && !/(?:ss|us|is)$/.test(w) && !['was', 'has', 'its', 'as', 'this', 'always', 'perhaps'].includes(w) || ['people', 'children', 'men', 'women', 'police', 'personnel', 'staff'].includes(w);
}
