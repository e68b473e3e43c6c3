import { DENOMINATORS, ORDINALS, SCALES, SMALL_NUMBERS, TENS } from '../../../lexicon/number-words.js';
import { amount, type NumberParser } from '../amount.js';
import { isRegexSpace, wordAfter } from '../context.js';
import { compose } from '../grammar/compose.js';
import { lex } from '../grammar/lexer.js';
import { VAGUE_STARTS, vagueAt } from './vague.js';

// Numbers in words: "two", "eleven thousand", "one hundred and sixteen",
// "a third", "three quarters", "one and a half", "a dozen", "fourth",
// "twenty-first", "minus five point five", "half a million". The same scan
// finds vague amounts ("several hundred", "dozens": vague.ts).

const WORDS = [...VAGUE_STARTS, ...SMALL_NUMBERS.keys(), ...TENS.keys(), ...SCALES.keys(), ...ORDINALS.keys(), ...DENOMINATORS.keys()];
const PATTERN = new RegExp(`\\b(${[...new Set(WORDS)].sort((x, y) => y.length - x.length).join('|')})\\b`, 'gi');

/** After "a third", these words say it is a share ("a third of", "a third killed"); a noun says ordinal ("a third country"). */
const SHARE_FOLLOWERS = new Set(['of', 'and', 'or', 'to', 'were', 'was', 'are', 'is', 'have', 'had', 'has', 'will', 'would', 'said', 'say', 'in', 'on', 'at', 'by', 'from', 'as', 'than']);

const LEAD_WORD = /(?:^|[^A-Za-z])((?:a|an|minus|negative)\s+)$/i;
const PERIOD_HALF_BEFORE = /(?:\b(?:first|second|latter|last|final|opening|current|this|next|previous|past)|\d(?:st|nd))\s+$/i;

/** Letters a lead word ends with: "a", "an", "minus", "negative" (lower-cased). */
const LEAD_ENDS: ReadonlySet<number> = new Set([...'anse'].map((c) => c.charCodeAt(0)));

/** LEAD_WORD before `pos`, run only after a space that follows a letter such a word ends with. */
function leadWord(text: string, pos: number): RegExpExecArray | null {
  let i = pos - 1;
  if (!isRegexSpace(text.charCodeAt(i))) return null;
  while (i > 0 && isRegexSpace(text.charCodeAt(i))) i--;
  if (!LEAD_ENDS.has(text.charCodeAt(i) | 0x20)) return null;
  return LEAD_WORD.exec(text.slice(Math.max(0, pos - 10), pos));
}

export const spelledParser: NumberParser = {
  name: 'spelled',
  pattern: PATTERN,
  extract(m, s) {
    const text = s.text;
    const wordStart = m.index;
    // "a third", "an eighth", "minus five": the word before belongs to the number (the grammar decides).
    const lead = leadWord(text, wordStart);
    let start = lead ? wordStart - lead[1].length : wordStart;
    const first = m[1].toLowerCase();
    if (VAGUE_STARTS.has(first)) return vagueAt(text, first === 'few' && lead ? start : wordStart);
    let toks = lex(text, start);
    let r = compose(toks, 0);
    // "a" or "minus" that does not belong to the number ("a second time"): start at the number word.
    if (!r && start !== wordStart) {
      start = wordStart;
      toks = lex(text, start);
      r = compose(toks, 0);
    }
    if (!r) return null;
    const end = toks[r.next - 1].end;
    // "the second half of 2004" is a period of time, not a share.
    if (r.kind === 'fraction' && r.next === 1 && toks[0].word === 'half' && PERIOD_HALF_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return null;
    if (r.oneOrdinal) {
      // "a third country" is the third one; "a third of", "a third killed" a share.
      const w = wordAfter(text, end);
      const share = !w || SHARE_FOLLOWERS.has(w.word.toLowerCase()) || /ed$/.test(w.word) || /^[,.;:)]/.test(text.slice(end).trimStart());
      const isA = /^an?\b/i.test(text.slice(start, end));
      if (!share && isA && w && /^[a-z]/.test(w.word)) {
        const ordStart = toks[r.next - 1].start;
        return amount(ordStart, end, Math.round(1 / r.value), 'ordinal', 'spelled', false);
      }
    }
    return amount(start, end, r.value, r.kind, 'spelled', false, r.scale);
  },
};
