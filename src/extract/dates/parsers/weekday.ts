import { PARTS_OF_DAY, PART_OF_DAY_SOURCE } from '../../../lexicon/parts-of-day.js';
import { WEEKDAY_SOURCE, weekdayNumber } from '../../../lexicon/weekdays.js';
import { CUE } from '../cues.js';
import { lower, whole } from '../make.js';
import { tenseAround } from '../tense.js';
import { parseDay, resolveWeekday } from '../timex-value.js';
import type { DateParser } from '../types.js';

// "Friday", "last Friday", "late Wednesday", "Friday morning", "this coming
// Sunday", "the previous Friday" (the one before the day last mentioned). The modifier is inside the TimeML extent; "earlier"/"later" are
// not ("Earlier Friday, ..." is marked "Friday" in TimeBank).
// A bare weekday takes its direction from the tense of its clause: news
// reports the past ("said Tuesday"), so the past is the default.
const PATTERN = new RegExp(
  '\\b(?:((?:[Ee]arly|[Ll]ate)(?:\\s+on)?|[Ll]ast|[Nn]ext|[Tt]his(?:\\s+(?:coming|past))?|[Cc]oming|[Pp]ast|[Tt]he\\s+(?:previous|following|preceding|prior))\\s+)?' +
    `(${WEEKDAY_SOURCE})(?:\\s+(${PART_OF_DAY_SOURCE}))?\\b(?!-)`,
  'g',
);

export const weekdayParser: DateParser = {
  name: 'weekday',
  cues: CUE.WEEKDAY,
  reach: 20,
  pattern: PATTERN,
  extract(m, s) {
    // "The Sunday Times", "the Monday Night Football": a weekday naming something.
    const next = s.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (!m[1] && /\bthe\s+$/i.test(s.text.slice(Math.max(0, m.index - 5), m.index)) && /^\s+[A-Z][a-z]/.test(next) && !/^\s+(?:[A-Z][a-z]+\.?\s+\d)/.test(next)) return null;
    const wd = weekdayNumber(m[2]);
    const mod = lower(m[1]);
    const part = m[3] ? PARTS_OF_DAY.get(m[3].toLowerCase()) : undefined;
    // "Wednesday's ruling": a possessive weekday names an event already known, so the past.
    const possessive = /^['’]s\b/.test(next);
    const tense = possessive ? 'past' : tenseAround(s.text, m.index, m.index + m[0].length);
    const dir =
      mod === 'last' ? 'last' : mod === 'next' ? 'next' : null;
    const forced = mod === 'this past' || mod === 'past' ? 'past' : mod === 'this coming' || mod === 'coming' || mod === 'this' ? 'future' : tense;
    // "the previous Friday", "the following Monday": counted from the day last mentioned.
    const anaphoric = /^the\s+/.test(mod) ? (/following/.test(mod) ? 'next' : 'last') : null;
    return whole('weekday', m, s, part ? 'time' : 'date', ({ ref, last }) => {
      const anchor = anaphoric ? parseDay(last) : null;
      const from = anchor ?? ref;
      if (!from) return null;
      const day = anaphoric ? resolveWeekday(from, wd, null, anaphoric) : resolveWeekday(from, wd, forced, dir);
      return part ? `${day}T${part}` : day;
    });
  },
};
