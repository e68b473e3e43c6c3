import { MONTH_SOURCE, monthNumber } from '../../../lexicon/months.js';
import { fmtMonth } from '../calendar.js';
import { CUE } from '../cues.js';
import { candidate, lower } from '../make.js';
import { tenseAround } from '../tense.js';
import { yearOfMonth } from '../timex-value.js';
import type { DateParser } from '../types.js';

// A month without a day: "February 2022", "June of 2020", "early April",
// "late September", "mid-November", "last April", "this September", "June
// last year", "the end of November". A bare month takes its year from the
// tense of its clause ("was arrested in December" looks back).
//
// "May" and "March" are also a modal and a verb ("May I", "March on
// Washington"), and every month can be a first name ("April Ryan"): a bare
// May or March needs a preposition or modifier before it, and a month
// followed by a capitalised word is taken for a name.
// Sentence-initial capitals too: "In March, ..." (case-insensitive words, case-sensitive month).
const anyCase = (words: string) => words.replace(/\b([a-z])/g, (_, c: string) => `[${c.toUpperCase()}${c}]`);
const FULL_NAMES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const PATTERN = new RegExp(
  `(?:\\b(${anyCase('in|since|until|till|by|from|through|during|of|before|after|between|and|to|for|on')})\\s+)?` +
    '\\b((?:[Ee]arly|[Ll]ate|[Mm]id-?|[Tt]he\\s+(?:end|beginning|start|middle|first\\s+half|second\\s+half)\\s+of|[Ll]ast|[Nn]ext|[Tt]his(?:\\s+(?:coming|past))?)[\\s-]+)?' +
    `(${MONTH_SOURCE})` +
    '(?:(?:,?\\s+(?:of\\s+)?(\\d{4}))(?![\\d,.]\\d|\\w)|\\s+(last|next|this)\\s+year\\b)?',
  'g',
);

export const monthParser: DateParser = {
  name: 'month',
  cues: CUE.MONTH,
  reach: 40,
  pattern: PATTERN,
  extract(m, s) {
    const word = m[3];
    const month = monthNumber(word);
    const year = m[4] ? +m[4] : null;
    const mod = trimSpacesAndHyphens(lower(m[2]));
    const rel = lower(m[5]);
    const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (!month) return null;
    // Abbreviations alone ("Jan", "Dec.") are names or initials more often than months.
    if (!FULL_NAMES.test(word) && year === null) return null;
    if (year === null && !rel) {
      if (/^\s+\d/.test(after)) return null; // "April 9" is month-day's
      if (/^\s+[A-Z][a-z]/.test(after) && !/^\s+(?:The|This|That|But|And|In|On|At|When|After|Before|It|He|She|They|We|A)\b/.test(after)) return null;
      // "a March report", "the May deadline": a month modifying a noun after a determiner.
      const modifier = /\b(?:a|an|the|its|his|her|their|our|this|that)\s+$/i.test(s.text.slice(Math.max(0, m.index - 6), m.index)) && /^\s+[a-z]/.test(after) && !/^\s+of\b/.test(after);
      if (/^(?:May|March)$/.test(word) && !m[1] && !mod && !modifier) return null;
      if (/^\s+\w+ed\b|^\s+(?:on|to|through|into|against|past|toward)\b/.test(after) && word === 'March' && !mod) return null;
    }
    const start = m.index + (m[1] ? m[0].indexOf(m[2] ?? m[3], m[1].length) : 0);
    const end = m.index + m[0].length;
    const kind = 'date';
    if (year !== null) return candidate('month', s, start, end, kind, fmtMonth(year, month));
    // "by February", "through January": with no verb to say otherwise, a limit
    // is as likely ahead as behind, so it takes the nearest month of that name.
    // The tense is read only when the month is not the reference date's own.
    const tenseOf = () => tenseAround(s.text, start, end) ?? (/^(?:by|until|till|through)$/i.test(m[1] ?? '') ? 'nearest' : null);
    return candidate('month', s, start, end, kind, ({ ref }) => {
      if (!ref) return `XXXX-${String(month).padStart(2, '0')}`;
      let y: number;
      if (rel === 'last') y = ref.y - 1;
      else if (rel === 'next') y = ref.y + 1;
      else if (rel === 'this') y = ref.y;
      // "last April" in October is this year's; "last February" on March 1 is a year back.
      else if (mod === 'last') y = month < ref.m - 1 ? ref.y : ref.y - 1;
      else if (mod === 'next') y = month > ref.m ? ref.y : ref.y + 1;
      else if (mod.startsWith('this')) y = ref.y;
      else y = month === ref.m ? ref.y : yearOfMonth(ref, month, tenseOf());
      return fmtMonth(y, month);
    });
  },
};

const SPACE_OR_HYPHEN = /[\s-]/;

/** The modifier without the spaces and hyphens that end it ("mid-" → "mid"), in one backward pass. */
function trimSpacesAndHyphens(s: string): string {
  let e = s.length;
  while (e > 0 && SPACE_OR_HYPHEN.test(s[e - 1])) e--;
  return s.slice(0, e);
}
