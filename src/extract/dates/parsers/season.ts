import { SEASON_START_MONTH as STARTS, SEASONS } from '../../../lexicon/seasons.js';
import { CUE } from '../cues.js';
import { lower, whole } from '../make.js';
import { tenseAround } from '../tense.js';
import type { Anchors, DateParser } from '../types.js';

// Seasons: "spring", "last summer", "this fall", "the winter of 1994",
// "early spring 2025". TimeML values are YEAR-SP/SU/FA/WI. "fall" and
// "spring" are also a verb and a noun, so a season needs a determiner,
// modifier, preposition or year around it ("prices fall" is not a date).
const PATTERN = new RegExp(
  '(?:\\b(in|during|by|since|until|through|over|this|last|next|early|late|the|mid)\\s+)?' +
    '\\b((?:(?:the\\s+)?(?:early|late|mid)[\\s-]+|the\\s+|(?:last|this|next|this\\s+past|this\\s+coming|coming|past)\\s+)?)' +
    '(spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?((?:1[5-9]|20)\\d\\d)\\b)?(?![-\\w])',
  'gi',
);

// Events that a bare season dates ("spring" and "fall" are also a verb and a noun,
// so a bare season needs one of these after it).
const EVENT_AFTER =
  /^\s+(?:offensive|counteroffensive|counter-offensive|campaign|session|semester|term|recess|break|holidays?|vacation|summit|elections?|olympics|games|harvest|planting|sowing|tour|collection|schedule)\b/;

// Months in which each season is over (winter runs into the next year).
const ENDS: Record<string, number> = { SP: 5, SU: 8, FA: 11, WI: 14 };

export const seasonParser: DateParser = {
  name: 'season',
  cues: CUE.SEASON,
  reach: 30,
  pattern: PATTERN,
  extract(m, s) {
    const code = SEASONS.get(m[3].toLowerCase())!;
    const mod = lower(m[2]).trim();
    const prep = lower(m[1]);
    const year = m[4] ? +m[4] : null;
    // "a spring offensive", "the summer recess": a season naming when an event happens.
    // Lower case only: "the Winter Olympics" is a name.
    const event = /^[a-z]/.test(m[3]) && EVENT_AFTER.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 20));
    if (!mod && !prep && year === null && !event) return null;
    // "the fall of the Berlin Wall": "of" after a bare "the fall" is the noun.
    const after = s.text.slice(m.index + m[0].length, m.index + m[0].length + 4);
    const afterLong = s.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
    if (year === null && /^\s+of\b/i.test(after) && !/^\s+of\s+(?:nineteen|eighteen|two\s+thousand)\b/i.test(afterLong)) return null;
    // "blamed the fall in profits": after a bare "the", fall and spring need a preposition before them.
    const bareThe = (prep === 'the' && !mod) || (mod === 'the' && !prep);
    const before = s.text.slice(Math.max(0, m.index - 10), m.index);
    if (year === null && bareThe && /^(?:fall|spring)$/i.test(m[3]) && !/\b(?:in|during|by|since|until|through|over|into|for|of)\s+$/i.test(before)) return null;
    // A preposition is outside the TimeML extent; a modifier is inside.
    const keepPrep = /^(?:this|last|next|early|late|the|mid)$/.test(prep);
    const c = whole('season', m, s, 'date', null);
    if (prep && !keepPrep) {
      const skip = m[0].length - m[0].slice(m[1].length).trimStart().length;
      c.start = m.index + skip;
      c.text = s.text.slice(c.start, c.end);
    }
    const modAll = keepPrep ? `${prep} ${mod}`.trim() : mod;
    if (year !== null) {
      c.value = `${year}-${code}`;
      return c;
    }
    const tense = tenseAround(s.text, c.start, c.end);
    c.resolve = ({ ref }: Anchors) => {
      if (!ref) return null;
      const month = ref.m + (code === 'WI' && ref.m <= 2 ? 12 : 0);
      const yearNow = code === 'WI' && ref.m <= 2 ? ref.y - 1 : ref.y;
      let y = yearNow;
      if (/\blast\b|\bpast\b/.test(modAll)) y = month > ENDS[code] ? yearNow : yearNow - 1;
      else if (/\bnext\b|\bcoming\b/.test(modAll)) y = month < STARTS[code] ? yearNow : yearNow + 1;
      else if (/\bthis\b/.test(modAll)) y = yearNow;
      else if (tense === 'past' && month < STARTS[code]) y = yearNow - 1;
      else if (tense === 'future' && month > ENDS[code]) y = yearNow + 1;
      return `${y}-${code}`;
    };
    return c;
  },
};
