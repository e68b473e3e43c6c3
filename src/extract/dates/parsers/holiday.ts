import { ELECTION_DAY, HOLIDAYS, type HolidayRule } from '../../../lexicon/holidays.js';
import { addDays, type Day, dayNumber, easter, fmtDay, nthWeekday } from '../calendar.js';
import { CUE } from '../cues.js';
import { whole } from '../make.js';
import { tenseAround, type Tense } from '../tense.js';
import type { DateParser } from '../types.js';

// Holidays: "Christmas", "Thanksgiving Day", "Election Day", "Easter",
// "the Fourth of July", with an optional year. Without one, the past tense
// takes the last occurrence, the future the next, else the nearest.
const NAMES = [...HOLIDAYS.keys(), ELECTION_DAY].sort((a, b) => b.length - a.length);
const escape = (n: string) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]?").replace(/ /g, '\\s+');
const norm = (n: string) => n.toLowerCase().replace(/['’]/g, '').replace(/\s+/g, ' ');
const CANONICAL = new Map(NAMES.map((n) => [norm(n), n]));
const PATTERN = new RegExp(`\\b(${NAMES.map(escape).join('|')})(?:,?\\s+((?:1[5-9]|20)\\d\\d))?\\b(?![-\\w])`, 'gi');

function dayOf(name: string, y: number): Day {
  if (name === ELECTION_DAY) return addDays(nthWeekday(y, 11, 1, 1), 1);
  const rule = HOLIDAYS.get(name) as HolidayRule;
  if ('easter' in rule) return addDays(easter(y), rule.easter);
  if ('day' in rule) return { y, m: rule.month, d: rule.day };
  return nthWeekday(y, rule.month, rule.weekday, rule.nth);
}

function choose(name: string, ref: Day, tense: Tense): Day {
  const n = dayNumber(ref);
  const cands = [ref.y - 1, ref.y, ref.y + 1].map((y) => dayOf(name, y));
  if (tense === 'past') return [...cands].reverse().find((d) => dayNumber(d) <= n) ?? cands[0];
  if (tense === 'future') return cands.find((d) => dayNumber(d) >= n) ?? cands[2];
  return cands.reduce((a, b) => (Math.abs(dayNumber(b) - n) < Math.abs(dayNumber(a) - n) ? b : a));
}

export const holidayParser: DateParser = {
  name: 'holiday',
  cues: CUE.HOLIDAY,
  reach: 30,
  pattern: PATTERN,
  extract(m, s) {
    // Proper names: "christmas" in lower case is not the holiday (and is rare anyway).
    if (!/^(?:the\s+)?[A-Z]/.test(m[1]) || /^the\s+fourth/.test(m[1])) return null;
    const known = CANONICAL.get(norm(m[1]));
    if (!known) return null;
    if (m[2]) return whole('holiday', m, s, 'date', fmtDay(dayOf(known, +m[2])));
    const tense = tenseAround(s.text, m.index, m.index + m[0].length);
    return whole('holiday', m, s, 'date', ({ ref }) => (ref ? fmtDay(choose(known, ref, tense)) : null));
  },
};
