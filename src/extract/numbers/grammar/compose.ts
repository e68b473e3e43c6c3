import { DENOMINATORS, ORDINALS, SCALES, TENS } from '../../../lexicon/number-words.js';
import { clean } from '../amount.js';
import { readInteger, type IntegerPart } from './integer.js';
import { NUMBER_TOKENS, type Token } from './lexer.js';

// A whole spelled or written number from a token run: sign, integer part,
// then what may follow it — an ordinal ending ("twenty-first", "two
// hundredth"), a denominator ("three quarters", "one hundred thirty fifths"),
// a mixed fraction ("one and a half", "two million and three fifths"), or a
// scale after a fraction ("three quarters billion", "half a million").

export interface Composed {
  /** Index of the first token not used. */
  next: number;
  value: number;
  kind: 'cardinal' | 'ordinal' | 'fraction';
  /** Multiplier of the trailing scale word, 1 when none. */
  scale: number;
  /** "a"/"one" + singular ordinal ("a third"): a fraction, or an ordinal before a noun ("a third country"). */
  oneOrdinal: boolean;
}

const BIG: ReadonlySet<string> = new Set(['thousand', 'million', 'billion', 'trillion', 'lakh', 'crore']);

/** The denominator at token i: a plural or singular fraction word, or a tens word + ordinal ("twenty-firsts"). */
function denominator(toks: Token[], i: number, allowCompound: boolean): { value: number; next: number; plural: boolean } | null {
  const w = toks[i]?.word;
  if (!w) return null;
  const tens = TENS.get(w);
  if (tens !== undefined && allowCompound) {
    const o = toks[i + 1]?.word ?? '';
    const unit = ORDINALS.get(o.endsWith('s') ? o.slice(0, -1) : o);
    if (unit !== undefined && unit < 10 && o.endsWith('s')) return { value: tens + unit, next: i + 2, plural: true };
  }
  const d = DENOMINATORS.get(w);
  if (d === undefined) return null;
  return { value: d, next: i + 1, plural: w.endsWith('s') };
}

/** A big scale word at token i ("million"), with its multiplier. */
function scaleAt(toks: Token[], i: number): number {
  const w = toks[i]?.word;
  return w && BIG.has(w) ? SCALES.get(w)! : 0;
}

/** Reads a number from token i0; null when none starts there. */
export function compose(toks: Token[], i0: number): Composed | null {
  // Most digit groups stand alone ("150 people", "11,000."): a group followed by nothing,
  // or by a word no number is made of, is read as the whole grammar would read it.
  const t = toks[i0];
  if (t !== undefined && t.num !== null) {
    const n = toks[i0 + 1];
    if (n === undefined || (n.word !== null && !NUMBER_TOKENS.has(n.word))) {
      return { next: i0 + 1, value: clean(t.num + 0), kind: 'cardinal', scale: t.suffix, oneOrdinal: false };
    }
  }
  let i = i0;
  let sign = 1;
  const first = toks[i]?.word;
  if ((first === 'minus' || first === 'negative') && toks[i + 1]) {
    sign = -1;
    i++;
  }
  const r = composeUnsigned(toks, i);
  if (!r) return null;
  return { ...r, value: clean(sign * r.value) };
}

function composeUnsigned(toks: Token[], i: number): Composed | null {
  const w = toks[i]?.word ?? null;
  // "half a million", "half million", "quarter million".
  if ((w === 'half' || w === 'quarter') && toks[i + 1]) {
    const k = toks[i + 1].word === 'a' ? i + 2 : i + 1;
    const s = scaleAt(toks, k) || (toks[k]?.word === 'dozen' ? 12 : 0);
    if (s) return { next: k + 1, value: (w === 'half' ? 0.5 : 0.25) * s, kind: 'cardinal', scale: s, oneOrdinal: false };
  }
  const int = readInteger(toks, i);
  if (!int) {
    // A bare ordinal ("fourth"), or "twenty-first" whose tens the integer reader took alone.
    if (w !== null && ORDINALS.has(w)) return { next: i + 1, value: ORDINALS.get(w)!, kind: 'ordinal', scale: 1, oneOrdinal: false };
    if (w === 'half') return { next: i + 1, value: 0.5, kind: 'fraction', scale: 1, oneOrdinal: false };
    // "a third", "a half", "a quarter", "an eighth".
    if ((w === 'a' || w === 'an') && toks[i + 1] && toks[i + 1].sep !== '-') {
      const d = denominator(toks, i + 1, false);
      if (d && !d.plural) return withScale(toks, d.next, 1 / d.value, 'fraction', true);
    }
    return null;
  }
  return afterInteger(toks, int);
}

function afterInteger(toks: Token[], int: IntegerPart): Composed {
  const k = int.next;
  const t = toks[k];
  const plain: Composed = { next: k, value: int.value, kind: 'cardinal', scale: int.trailing, oneOrdinal: false };
  if (!t || t.word === null) return plain;
  const w = t.word;

  // Ordinal endings: "twenty-first", "one hundred twenty-fifth", "two hundredth", "three trillionth".
  const ord = ORDINALS.get(w);
  if (ord !== undefined) {
    const single = int.count === 1 && int.value === 1;
    if (single && ord >= 3) return { next: k + 1, value: 1 / ord, kind: 'fraction', scale: 1, oneOrdinal: true };
    if (ord >= 100) return { next: k + 1, value: int.value * ord, kind: 'ordinal', scale: 1, oneOrdinal: false };
    if (int.last === 'tens' && ord < 10 && t.sep !== '') return { next: k + 1, value: int.value + ord, kind: 'ordinal', scale: 1, oneOrdinal: false };
    if (int.last === 'hundred' || int.last === 'big') return { next: k + 1, value: int.value + ord, kind: 'ordinal', scale: 1, oneOrdinal: false };
    return plain;
  }

  // Denominators: "three quarters", "five - eighths", "one hundred thirty fifths" (= 100/35).
  const compound = int.endTens !== null && !int.endTens.afterAnd && int.count > 1;
  const d = denominator(toks, k, true);
  // A singular denominator only after one: "one third"; "the 1988 quarter" is no fraction.
  if (d && (d.plural || (int.count === 1 && int.value === 1))) {
    if (compound && d.value < 10) {
      const tens = int.endTens!.value;
      return withScale(toks, d.next, (int.value - tens) / (tens + d.value), 'fraction', false);
    }
    // "two hundred and fifty-four hundredths" is 200.54: a proper fraction after "and" is the fractional part.
    if (int.afterAnd !== null && int.afterAnd < d.value && int.afterAnd > 0) {
      const per = int.scaleBeforeAnd >= 1000 ? int.scaleBeforeAnd : 1;
      return withScale(toks, d.next, int.beforeAnd + (int.afterAnd / d.value) * per, per > 1 ? 'cardinal' : 'fraction', false);
    }
    return withScale(toks, d.next, int.value / d.value, 'fraction', false);
  }

  // Mixed numbers: "one and a half", "forty two and a third", "two million and three fifths".
  if (w === 'and' && toks[k + 1]) {
    const frac = properFraction(toks, k + 1);
    if (frac) {
      const s = scaleAt(toks, frac.next);
      if (s) return { next: frac.next + 1, value: int.value + frac.value * s, kind: 'cardinal', scale: s, oneOrdinal: false };
      if (int.last === 'big') return { next: frac.next, value: int.value + frac.value * int.trailing, kind: 'cardinal', scale: int.trailing, oneOrdinal: false };
      return { next: frac.next, value: int.value + frac.value, kind: 'fraction', scale: 1, oneOrdinal: false };
    }
  }
  return plain;
}

/** "a half", "one fourth", "three fifths": a fraction below one, for the tail of a mixed number. */
function properFraction(toks: Token[], i: number): { value: number; next: number } | null {
  const w = toks[i].word;
  if (w === 'a' || w === 'an') {
    const d = denominator(toks, i + 1, false);
    return d && !d.plural ? { value: 1 / d.value, next: d.next } : null;
  }
  const int = readInteger(toks, i);
  if (!int) return null;
  const d = denominator(toks, int.next, int.endTens !== null && int.count > 1);
  if (!d || (int.value === 1) === d.plural) return null;
  return int.value < d.value ? { value: int.value / d.value, next: d.next } : null;
}

/** A fraction, multiplied by a following big scale ("three quarters billion") when there is one. */
function withScale(toks: Token[], next: number, value: number, kind: 'fraction' | 'cardinal', oneOrdinal: boolean): Composed {
  const s = scaleAt(toks, next);
  if (s) return { next: next + 1, value: value * s, kind: 'cardinal' as const, scale: s, oneOrdinal: false };
  return { next, value, kind, scale: 1, oneOrdinal };
}
