import { CUE } from '../cues.js';
import { AMOUNT_SOURCE, amountValue } from '../amount.js';
import { durationUnit, durationValue } from '../duration-value.js';
import { candidate, lower } from '../make.js';
import type { DateParser } from '../types.js';

// Durations as ISO periods: "two months" P2M, "24 hours" PT24H, "the past
// three months" P3M, "nearly forty years" P40Y, "at least 20 more years",
// "2 1/2 years" P2Y6M, "a minute and a half" PT1M30S, "several days" PXD,
// "the first nine months" P9M. TimeML keeps qualifiers ("nearly", "more
// than", "up to") and "the past/next/first" inside the extent. Ages are
// not durations here ("52 years old"): TimeBank does not mark them.
const UNIT = '(second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))s?';
// Qualifiers TimeBank keeps inside the extent. "about", "almost", "over" and
// "around" it mostly leaves outside ("over the past 20 years" is "the past 20
// years"), so they are not taken.
const QUAL = 'nearly|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|some|no\\s+more\\s+than|no\\s+less\\s+than|upwards\\s+of';
const MOD =
  'past|last|next|first|coming|previous|prior|preceding|final|latest|following|remaining|additional|further|initial|ensuing|' +
  'year-earlier|year-ago|comparable|entire|whole|full|same|recent|few|several';
const PATTERN = new RegExp(
  `\\b(?:(${QUAL})\\s+)?(?:(the|a|an|another|those|these)\\s+)?(?:(${MOD})\\s+)?` +
    `(${AMOUNT_SOURCE})(?:\\s+(?:to|or|-|–)\\s+(?:${AMOUNT_SOURCE}))?\\s+(?:more\\s+|additional\\s+|full\\s+|straight\\s+|consecutive\\s+|long\\s+|trading\\s+|business\\s+|working\\s+)?${UNIT}` +
    '(\\s+and\\s+a\\s+half)?(?:\\s+or\\s+so)?\\b(?!-|\\s+(?:old|of\\s+age|ago|earlier)\\b)',
  'gi',
);

export const durationParser: DateParser = {
  name: 'duration',
  cues: CUE.UNIT | CUE.QUARTER,
  reach: 100,
  pattern: PATTERN,
  extract(m, s) {
    const det = lower(m[2]);
    const mod = lower(m[3]);
    // "published following 10 days of talks": without "the", "following" is a preposition.
    const prepFollowing = mod === 'following' && !det;
    let n = amountValue(m[4]);
    const unit = durationUnit(m[5]);
    if (!unit) return null;
    // "the first two years" counts; "the first year" or "a year" alone is handled here too, but
    // "the first quarter" is a calendar quarter (quarter.ts) and "the last year" a date (relative-unit.ts).
    if (unit === 'Q' && /^(?:first|second|third|fourth)$/i.test(m[4])) return null;
    // "the 1988 quarter" is a year, not 1,988 quarters.
    if (/^\d{4}$/.test(m[4]) && +m[4] >= 1000) return null;
    // "a quarter of voters" is a fraction.
    if (unit === 'Q' && /^\s+of\b/.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
    if (/^(?:a|an|one)$/i.test(m[4]) && det && /^(?:the)$/.test(det)) return null;
    if (mod === 'few' || mod === 'several') n = 'X';
    if (n !== 'X' && m[6]) n += 0.5;
    if (n !== 'X' && !Number.isFinite(n)) return null;
    const value = durationValue(n, unit, m[5]);
    if (!value) return null;
    // "Islam will one day be ...": after a modal, "one day" is "some day", a vague future.
    if (/^one\s+day$/i.test(m[0]) && /\b(?:will|would|could|might|may|can|shall|must)\s+$/i.test(s.text.slice(Math.max(0, m.index - 7), m.index))) {
      return candidate('duration', s, m.index, m.index + m[0].length, 'date', 'FUTURE_REF');
    }
    // "would last three weeks": "last" is the verb, outside the extent.
    let start = m.index;
    if (prepFollowing || (mod === 'last' && !det && !m[1] && /\b(?:will|would|could|can|may|might|should|must|to|did|does|do|not|'ll)\s+$/i.test(s.text.slice(Math.max(0, m.index - 8), m.index)))) {
      start = m.index + m[0].indexOf(m[4], 4);
      return candidate('duration', s, start, m.index + m[0].length, 'duration', value);
    }
    // A determiner without a modifier stays outside unless it is "the" ("the nine months").
    // ... but "a few days", "a couple of years", "a hundred years" keep their article.
    const articleCounts = /^(?:few|couple(?:\s+of)?|hundred|thousand)$/i.test(m[4]);
    if ((det === 'a' || det === 'an' || det === 'another') && !mod && !m[1] && !articleCounts) start += m[0].indexOf(m[4], det.length);
    const c = candidate('duration', s, start, m.index + m[0].length, 'duration', value);
    // "the first nine months", "the six months": a fiscal span of quarters, which a
    // following "a year earlier" compares with (see Anchors.lastPeriod).
    if (det === 'the' && unit === 'M' && (n === 6 || n === 9) && /^(?:|first|latest|same|comparable)$/.test(mod)) c.period = true;
    return c;
  },
};

// Compound modifiers: "a two-year term", "three-year-long", "10-year
// bonds", "day-long", "16-hour". "-old" compounds are ages and skipped.
const COMPOUND = new RegExp(
  `\\b(?:(a|an|the)\\s+)?(?:(${AMOUNT_SOURCE})-)?${UNIT.replace('s?', '')}(?:-(long|old))?(?:\\s+(period|span|stretch|stint|spell))?\\b(?!-\\w)`,
  'gi',
);

export const compoundDurationParser: DateParser = {
  name: 'compound-duration',
  cues: CUE.UNIT | CUE.QUARTER,
  reach: 40,
  needs: (l) => l.includes('-'),
  pattern: COMPOUND,
  extract(m, s) {
    if (lower(m[4]) === 'old') return null;
    const full = m[0];
    if (!full.includes('-')) return null;
    // "once-a-day" is a rate; an article never counts a compound ("a-day").
    if (m[2] && /^an?$/i.test(m[2])) return null;
    const n = m[2] ? amountValue(m[2]) : lower(m[4]) === 'long' ? 1 : NaN;
    const unit = durationUnit(m[3]);
    if (!unit || n === 'X' || !Number.isFinite(n)) return null;
    const value = durationValue(n, unit, m[3]);
    if (!value) return null;
    // The determiner belongs to the timex only with a head noun: "a three-year period".
    const start = m[5] ? m.index : m.index + (m[1] ? full.indexOf(m[2] ?? m[3], m[1].length) : 0);
    const end = m.index + full.length;
    return candidate('compound-duration', s, start, end, 'duration', value);
  },
};

// Vague spans: "weeks", "for years", "in recent months", "the coming
// weeks", "the past few weeks", "over the years", "hours after".
const VAGUE = new RegExp(
  '\\b(?:(for|within|in|over|after|of|took|takes|take|lasted|last|the)\\s+)?((?:the\\s+)?(?:(?:past|last|next|coming|recent)\\s+(?:few\\s+|several\\s+)?)|(?:the\\s+)?(?:few|several)\\s+)?' +
    '(minutes|hours|days|weeks|months|years|decades|centuries)\\b(?!-|\\s+(?:ago|old|earlier|later)\\b)',
  'gi',
);

export const vagueDurationParser: DateParser = {
  name: 'vague-duration',
  cues: CUE.UNIT,
  reach: 40,
  pattern: VAGUE,
  extract(m, s) {
    const mod = lower(m[2]).trim();
    // "came hours after he spoke", "crossed the border days after the killing": a bare
    // plural measuring the gap to an event is a duration too.
    const gap = /^\s+(?:after|before)\b/i.test(s.text.slice(m.index + m[0].length, m.index + m[0].length + 8));
    if (!mod && !m[1] && !(gap && !/\b(?:first|last|early|final|the|few|many)\s+$/i.test(s.text.slice(Math.max(0, m.index - 7), m.index)))) return null;
    if (!mod && /^(?:last|take|takes)$/i.test(m[1])) return null;
    // "in the weeks before": TimeBank marks "weeks" alone.
    const unit = durationUnit(m[3]);
    if (!unit) return null;
    const value = durationValue('X', unit);
    const start = m.index + (m[1] ? m[0].indexOf(m[2] || m[3], m[1].length) : 0);
    return candidate('vague-duration', s, start, m.index + m[0].length, 'duration', value);
  },
};
