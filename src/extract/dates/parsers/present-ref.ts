import { CUE } from '../cues.js';
import { whole } from '../make.js';
import type { DateParser } from '../types.js';

// Vague references to the present, past and future, which TimeML marks
// PRESENT_REF / PAST_REF / FUTURE_REF: "now", "currently", "recently", "the
// past", "the future", "soon". Adjectival "current" and "recent" count too
// ("the current system", "a recent filing"), but not the nouns "current
// account" or "electric current", nor "the future of Europe" (a destiny, not a time).
// "in the near term", "the short term" look ahead (the adjectives "short-term debt" do not).
// "the past" is the vague past only as a noun: "the past three summers", "the past
// two elections", "the past season" count a stretch of time, they do not name the past.
const PATTERN = new RegExp(
  '\\b(?:' +
    '((?:right\\s+)?now|currently|nowadays|these\\s+days|at\\s+present|the\\s+present(?!\\s+(?:day|tense|case|system))|current(?!\\s+(?:account|accounts|assets?|liabilit|affairs|events|dollar|prices|flows?|of\\b|[-–])))' +
    '|((?:more\\s+|most\\s+|until\\s+|as\\s+)?recently|lately|(?:the|in\\s+the)\\s+past(?!\\s+(?:\\w+\\s+)?(?:days?|weeks?|months?|years?|decades?|quarters?|hours?|century|centuries|nights?|weekends?|seasons?|summers?|winters?|springs?|autumns?)\\b)(?!\\s+(?:\\d|(?:few|several|couple|many|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\\b)))' +
    '|(as\\s+soon\\s+as\\s+possible|the\\s+(?:near\\s+)?future(?!\\s+(?:contracts?|tense|of)\\b)|the\\s+(?:near|short|long)\\s+term(?![-\\w]))' +
    ')\\b(?!-)',
  'gi',
);

export const presentRefParser: DateParser = {
  name: 'present-ref',
  cues: CUE.DEICTIC,
  // No reach: "these days" is cued by another word of the sentence, if at all.
  pattern: PATTERN,
  extract(m, s) {
    let text = m[0];
    let start = m.index;
    // "Now, he says, ...": a sentence-opening "Now," is a discourse marker, which
    // TimeBank leaves unmarked (0 of 3 in timex-dev); "Now he is trying" is the present.
    if (text === 'Now' && s.text[m.index + 3] === ',' && /^[\s"“‘'(]*$/.test(s.text.slice(0, m.index))) return null;
    // "right now", "until recently", "in the past": TimeML keeps only the temporal word.
    const inner = /^(?:right\s+|until\s+|as\s+|in\s+(?=the))/i.exec(text);
    if (inner) {
      start += inner[0].length;
      text = text.slice(inner[0].length);
    }
    const value = m[1] ? 'PRESENT_REF' : m[2] ? 'PAST_REF' : 'FUTURE_REF';
    const c = whole('present-ref', m, s, 'date', value);
    c.start = start;
    c.text = text;
    return c;
  },
};
