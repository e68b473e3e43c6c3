import { PARTS_OF_DAY } from '../../../lexicon/parts-of-day.js';
import { addDays, type Day, dayNumber, fmtDay, parseDay } from '../calendar.js';
import { CUE } from '../cues.js';
import { lower, whole } from '../make.js';
import { shift, type Unit } from '../timex-value.js';
import type { DateParser } from '../types.js';

// Days named from the reference day: "today", "yesterday", "tomorrow",
// "tonight", "late yesterday", "this morning", "last night", "yesterday
// afternoon", "the day before yesterday", "earlier in the day" (and week,
// month, year: the reference date's own), "overnight" (the night before the
// reference day: a report "said Thursday ... overnight" means Wednesday
// night), "by mid-afternoon" (the reference day's afternoon). "an overnight
// stay" is not a date.
const PATTERN = new RegExp(
  '\\b(?:' +
    '(?:(early|late|earlier|later|mid-?afternoon|mid-?morning)\\s+)?(today|tonight|tomorrow|yesterday)(?:\\s+(morning|afternoon|evening|night))?' +
    '|(?:(later|earlier)\\s+)?(this|last)\\s+(morning|afternoon|evening|night)' +
    '|the\\s+day\\s+(before\\s+yesterday|after\\s+tomorrow)' +
    '|(?:earlier|later)\\s+in\\s+the\\s+(day|week|month|year)' +
    '|(?<!\\b(?:an?|the)\\s+)(overnight|mid-?\\s?(?:morning|afternoon))' +
    ')\\b(?![-\\w])',
  'gi',
);

const OFFSET: Record<string, number> = { today: 0, tonight: 0, tomorrow: 1, yesterday: -1 };

export const deicticDayParser: DateParser = {
  name: 'deictic-day',
  cues: CUE.DEICTIC | CUE.PART_OF_DAY,
  reach: 20,
  pattern: PATTERN,
  extract(m, s) {
    let offset = 0;
    let part: string | undefined;
    if (m[2]) {
      const word = lower(m[2]);
      // "the people of tomorrow", "the world of today": a generic time, not a day.
      // ("the outcome of today's vote" is the day itself.)
      const possessive = /^['’]s\b/.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 3));
      if (!m[1] && !m[3] && !possessive && /\b\p{L}+\s+of\s+$/u.test(s.text.slice(Math.max(0, m.index - 20), m.index))) return null;
      // "USA Today", "VOA Today": a capitalised "Today" after a name is a title.
      if (m[2] === 'Today' && /\p{Lu}[\p{L}.]*\s+$/u.test(s.text.slice(Math.max(0, m.index - 12), m.index)) && textBeforeLastWord(s.text, m.index)) return null;
      offset = OFFSET[word];
      part = m[3] ? PARTS_OF_DAY.get(lower(m[3])) : word === 'tonight' ? 'NI' : /afternoon/i.test(m[1] ?? '') ? 'AF' : undefined;
      if (/morning/i.test(m[1] ?? '')) part = 'MO';
    } else if (m[5]) {
      part = PARTS_OF_DAY.get(lower(m[6]));
      // "last night" is the night before; "last morning" is not idiomatic.
      offset = lower(m[5]) === 'last' ? -1 : 0;
      if (lower(m[5]) === 'last' && part !== 'NI') return null;
    } else if (m[8]) {
      const unit = lower(m[8]) as Unit;
      return whole('deictic-day', m, s, 'date', ({ ref }) => (ref ? shift(ref, unit, 0) : null));
    } else if (m[9]) {
      const w = lower(m[9]);
      // "London shares closed lower Friday ... depressed by overnight losses in New
      // York": the night before the day the story is reporting, which is the day
      // last mentioned when that is one of the past week's (else the reference day).
      if (w === 'overnight') return whole('deictic-day', m, s, 'time', ({ ref, last }) => (ref ? fmtDay(addDays(reportedDay(ref, last), -1)) + 'TNI' : null));
      part = w.endsWith('morning') ? 'MO' : 'AF';
    } else {
      offset = lower(m[7]).startsWith('before') ? -2 : 2;
    }
    return whole('deictic-day', m, s, part ? 'time' : 'date', ({ ref }) =>
      ref ? fmtDay(addDays(ref, offset)) + (part ? `T${part}` : '') : null,
    );
  },
};

/** The day last mentioned if it lies in the week up to `ref` (the day being reported), else `ref`. */
function reportedDay(ref: Day, last: string | null): Day {
  const day = parseDay(last);
  if (!day) return ref;
  const back = dayNumber(ref) - dayNumber(day);
  return back >= 0 && back <= 7 ? day : ref;
}

const SPACE = /\s/;

/**
 * Something stands before the word that ends (with its spaces) at `at`: the name is inside the
 * sentence, not opening it. What `!/^\s*$/.test(text.slice(0, at).replace(/\S+\s+$/, ''))` says,
 * without copying the sentence up to every match and backtracking over it.
 */
function textBeforeLastWord(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && SPACE.test(text[k - 1])) k--;
  if (k < at && k > 0) while (k > 0 && !SPACE.test(text[k - 1])) k--;
  else k = at;
  while (k > 0 && SPACE.test(text[k - 1])) k--;
  return k > 0;
}
