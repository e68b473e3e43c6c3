import { PARTS_OF_DAY } from '../../../lexicon/parts-of-day.js';
import { CUE } from '../cues.js';
import { lower, whole } from '../make.js';
import { parsePoint, shift, shiftTo, type Unit } from '../timex-value.js';
import type { DateParser } from '../types.js';

// Dates counted from the date last mentioned, not from the publication date:
// "the following day", "the next morning", "the day before", "the previous
// year", "that day", "the same week", "earlier that day".
const PATTERN = new RegExp(
  '\\b(?:((?:earlier|later|early|late)\\s+)?(?:the\\s+(following|next|previous|preceding|prior|same)|(that)(?:\\s+same)?)\\s+(day|morning|afternoon|evening|night|week|weekend|month|year)' +
    '|the\\s+(day|night|week|month|year)\\s+(before|after|earlier|later|prior)(?!\\s+(?:last|yesterday|tomorrow|next|this|\\d)))\\b(?![-\\w])',
  'gi',
);

export const anaphoricParser: DateParser = {
  name: 'anaphoric',
  cues: CUE.UNIT | CUE.PART_OF_DAY,
  reach: 40,
  pattern: PATTERN,
  extract(m, s) {
    const word = lower(m[2] ?? m[3] ?? m[6]);
    const unitWord = lower(m[4] ?? m[5]);
    const part = PARTS_OF_DAY.get(unitWord);
    const unit: Unit = part ? 'day' : unitWord === 'weekend' ? 'week' : (unitWord as Unit);
    let n = /^(?:following|next|after|later)$/.test(word) ? 1 : /^(?:previous|preceding|prior|before|earlier)$/.test(word) ? -1 : 0;
    // "that night", "the next morning" are days; "the same night" too.
    if (part && n === 0 && word !== 'that' && word !== 'same') return null;
    const c = whole('anaphoric', m, s, part ? 'time' : 'date', null);
    // "Oct. 12, the day before the plunge": in apposition to a date, "the day" is that date,
    // and the event after "before" says nothing about it (TimeML marks "the day").
    if (m[5] && /^\s+[\w$]/.test(s.text.slice(c.end, c.end + 2)) && /\d[.)]?,\s*$/.test(s.text.slice(Math.max(0, m.index - 4), m.index))) {
      n = 0;
      c.end = c.start + m[0].indexOf(m[5]) + m[5].length;
      c.text = s.text.slice(c.start, c.end);
    }
    c.resolve = ({ ref, last }) => {
      const anchor = parsePoint(last);
      let v = anchor ? shiftTo(anchor, unit, n) : null;
      if (v === null && ref) v = shift(ref, unit, n);
      if (v === null) return null;
      return part ? `${v}T${part}` : v;
    };
    return c;
  },
};
