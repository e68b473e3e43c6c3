import { SCALES, SMALL_NUMBERS, TENS } from '../../../lexicon/number-words.js';
import type { Token } from './lexer.js';

// The whole-number part of a spelled or mixed number: "one hundred and
// sixteen", "twenty-one trillion three hundred", "4 thousand 3 hundred and 21",
// "two hundred point seventy-one". Fractions and ordinals build on it
// (compose.ts).

type Last = 'start' | 'a' | 'unit' | 'teen' | 'tens' | 'digit' | 'hundred' | 'big' | 'and';

export interface IntegerPart {
  /** Index of the first token not used. */
  next: number;
  value: number;
  last: Last;
  /** Multiplier of the last scale word ("twenty million" → 1e6), 1 when the number ends in units. */
  trailing: number;
  /** Tokens used. */
  count: number;
  /** The value added after the last "and" ("two hundred and fifty-four" → 54), and the total before it. */
  afterAnd: number | null;
  beforeAnd: number;
  /** Multiplier of the scale before the last "and" ("two million and three" → 1e6). */
  scaleBeforeAnd: number;
  /** The final tens word, when the number ends in one ("one hundred thirty" → 30), and whether "and" preceded it. */
  endTens: { value: number; afterAnd: boolean } | null;
}

/** Scale words that close a group; "hundred" is handled apart because it multiplies inside a group. */
function bigScale(word: string, last: Last): number | undefined {
  if (word === 'hundred') return undefined;
  if (word === 'dozens') return last === 'start' || last === 'a' ? undefined : 12;
  return SCALES.get(word);
}

const COUNTS: ReadonlySet<Last> = new Set(['unit', 'teen', 'tens', 'digit', 'a']);

/** Reads the integer part starting at token `i0`; null when no number starts there. */
export function readInteger(toks: Token[], i0: number): IntegerPart | null {
  let total = 0;
  let group = 0;
  let last: Last = 'start';
  let big = Infinity;
  let trailing = 1;
  let best: IntegerPart | null = null;
  let beforeAndBest: IntegerPart | null = null;
  let andAt = -1;
  let beforeAnd = 0;
  let scaleBeforeAnd = 1;
  let endTens: IntegerPart['endTens'] = null;
  let digitGroup = -1;

  for (let i = i0; i < toks.length; i++) {
    const t = toks[i];
    const w = t.word;
    // A hyphen joins only tens and units ("twenty-one"); other hyphens end the number.
    if (t.sep === '-' && !(last === 'tens' && w !== null && (SMALL_NUMBERS.get(w) ?? 0) > 0 && (SMALL_NUMBERS.get(w) ?? 0) < 10)) break;
    let ok = false;
    if (t.num !== null) {
      if (last === 'start' && t.suffix > 1) {
        total = t.num;
        big = t.suffix;
        trailing = t.suffix;
        last = 'big';
        ok = true;
      } else if (last === 'start' || ((last === 'big' || last === 'and') && !t.decimal && t.suffix === 1 && t.num > 0 && t.num < big)) {
        digitGroup = t.num;
        group += t.num;
        last = 'digit';
        trailing = 1;
        ok = true;
      }
    } else if (w !== null) {
      const small = SMALL_NUMBERS.get(w);
      const tens = TENS.get(w);
      const scale = bigScale(w, last);
      if (small !== undefined) {
        if (last === 'start' || last === 'hundred' || last === 'big' || (last === 'and' && small > 0) || (last === 'tens' && small > 0 && small < 10)) {
          group += small;
          last = small < 10 ? 'unit' : 'teen';
          trailing = 1;
          ok = true;
        }
      } else if (tens !== undefined) {
        if (last === 'start' || last === 'hundred' || last === 'big' || last === 'and') {
          endTens = { value: tens, afterAnd: last === 'and' };
          group += tens;
          last = 'tens';
          trailing = 1;
          ok = true;
        }
      } else if (w === 'hundred') {
        const bareStart = last === 'start' && i + 1 < toks.length && bigScale(toks[i + 1].word ?? '', 'unit') !== undefined;
        if ((COUNTS.has(last) && (group < 100 || (last === 'digit' && group === digitGroup))) || bareStart) {
          group = (group || 1) * 100;
          last = 'hundred';
          trailing = 100;
          ok = true;
        }
      } else if (scale !== undefined) {
        if (last === 'big' && scale > big && scale >= 1000) {
          // "three lakh crore": a larger scale after a smaller one multiplies it.
          total *= scale;
          big = scale;
          trailing = scale;
          ok = true;
        } else if (COUNTS.has(last) || last === 'hundred') {
          const g = group || 1;
          total = scale < big ? total + g * scale : (total + g) * scale;
          group = 0;
          big = scale;
          last = 'big';
          trailing = scale;
          ok = true;
        }
      } else if (w === 'and') {
        if ((last === 'hundred' || last === 'big') && i + 1 < toks.length) {
          beforeAndBest = best;
          andAt = i;
          beforeAnd = total + group;
          scaleBeforeAnd = trailing;
          last = 'and';
          continue;
        }
      } else if (w === 'point' && (last === 'unit' || last === 'teen' || last === 'tens' || last === 'hundred')) {
        const dec = readDecimals(toks, i + 1);
        if (dec) {
          group += Number('0.' + dec.digits);
          last = 'digit';
          trailing = 1;
          i = dec.next - 1;
          ok = true;
        }
      } else if ((w === 'a' || w === 'an') && last === 'start') {
        const nx = toks[i + 1]?.word ?? '';
        if (nx === 'hundred' || (bigScale(nx, 'a') !== undefined && nx !== 'dozens')) {
          group = 1;
          last = 'a';
          continue;
        }
      }
    }
    if (!ok) {
      // "3 hundred and 2 hundred": a scale refused after "and" means the
      // words after "and" began a new number.
      if (andAt >= 0 && w !== null && (w === 'hundred' || bigScale(w, 'unit') !== undefined)) best = beforeAndBest;
      break;
    }
    if (last !== 'tens') endTens = last === 'unit' || last === 'teen' || last === 'digit' ? null : endTens;
    best = snapshot(i + 1, total + group, last, trailing);
  }
  return best;

  function snapshot(next: number, value: number, l: Last, tr: number): IntegerPart {
    const afterAnd = andAt >= 0 ? value - beforeAnd : null;
    return {
      next, value, last: l, trailing: tr, count: next - i0, afterAnd, beforeAnd, scaleBeforeAnd,
      endTens: l === 'tens' ? endTens : null,
    };
  }
}

/**
 * The digits after "point", each word one digit ("point nought four" → 04),
 * except that a tens word takes the unit after it ("point seventy-one" → 71).
 */
function readDecimals(toks: Token[], i0: number): { next: number; digits: string } | null {
  let digits = '';
  let i = i0;
  for (; i < toks.length; i++) {
    const w = toks[i].word;
    if (w === null) break;
    const small = SMALL_NUMBERS.get(w);
    const tens = TENS.get(w);
    if (small !== undefined && small < 10) digits += String(small);
    else if (small !== undefined) digits += String(small);
    else if (tens !== undefined) {
      const unit = SMALL_NUMBERS.get(toks[i + 1]?.word ?? '');
      if (unit !== undefined && unit > 0 && unit < 10) {
        digits += String(tens + unit);
        i++;
      } else digits += String(tens);
    } else break;
  }
  return digits ? { next: i, digits } : null;
}
