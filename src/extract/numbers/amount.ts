import type { NumberFinding, NumberKind, Span } from '../../types.js';
import type { Context } from '../context.js';

/**
 * A number while it is being built. Offsets are relative to the sentence
 * (`Sentence.text`) until the extractor shifts them at the end.
 */
export interface Amount extends Span {
  value: number | [number, number];
  kind: NumberKind;
  approximate: string | null;
  unit: string | null;
  subject: string | null;
  /** The multiplier of a trailing scale word ("20 million" → 1e6), so a range can share it ("10-20 million"). */
  scale: number;
  /** Which parser found it (for debugging and the refiners' judgement). */
  source: string;
  /** Written in digits (not words). */
  digits: boolean;
}

/** The sentence a parser or refiner works on, and the date spans inside it (sentence-relative). */
export interface Sentence {
  text: string;
  /** Offset of `text` in the document. */
  start: number;
  /** Where date/time/duration findings lie in this sentence: sentence-relative, sorted, merged where they overlap. */
  dates: Span[];
  ctx: Context;
}

/**
 * A parser (chrono-node style): a global pattern, and a function from one match
 * to an amount or nothing. The runner continues scanning after the amount's end.
 */
export interface NumberParser {
  name: string;
  pattern: RegExp;
  /** The pattern needs a digit: sentences without one (half of them) skip the parser, tested once for all such parsers. */
  digits?: boolean;
  /** A cheaper test a sentence must pass before `pattern` runs: true wherever the pattern could match. */
  precheck?: (text: string) => boolean;
  extract(match: RegExpExecArray, s: Sentence): Amount | null;
}

/** A refiner rewrites the amounts of one sentence: attaches units, merges ranges, drops non-numbers. */
export type NumberRefiner = (amounts: Amount[], s: Sentence) => Amount[];

/** A filter judges one amount on its own: keep it (true) or not. */
export type NumberFilter = (a: Amount, s: Sentence) => boolean;

/** Runs filters as one refiner, in one pass and in place (no array per filter per sentence). */
export function keepIf(...filters: NumberFilter[]): NumberRefiner {
  return (amounts, s) => {
    let n = 0;
    outer: for (const a of amounts) {
      for (const f of filters) if (!f(a, s)) continue outer;
      amounts[n++] = a;
    }
    if (n < amounts.length) amounts.length = n;
    return amounts;
  };
}

export function amount(start: number, end: number, value: number | [number, number], kind: NumberKind, source: string, digits: boolean, scale = 1): Amount {
  return { start, end, value, kind, approximate: null, unit: null, subject: null, scale, source, digits };
}

/** The published finding: document offsets, the contract's keys only. */
export function toFinding(a: Amount, s: Sentence): NumberFinding {
  return {
    start: a.start + s.start,
    end: a.end + s.start,
    text: s.text.slice(a.start, a.end),
    value: a.value,
    kind: a.kind,
    approximate: a.approximate,
    unit: a.unit,
    subject: a.subject,
  };
}

/** The low end of a value (the value itself for a single number). */
export function low(v: number | [number, number]): number {
  return typeof v === 'number' ? v : v[0];
}

/** Multiplies a value (or both ends of a range) by `k`, keeping float noise out ("2.3" × 1e6). */
export function times(v: number | [number, number], k: number): number | [number, number] {
  const mul = (x: number) => clean(x * k);
  return typeof v === 'number' ? mul(v) : [mul(v[0]), mul(v[1])];
}

/** Rounds away binary noise: 2.3 * 1e6 is 2299999.9999999995 in floating point. */
export function clean(x: number): number {
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return x;
  if (!Number.isFinite(x) || x === 0) return x;
  const r = Number(x.toPrecision(15));
  return Object.is(r, -0) ? 0 : r;
}

/** Whether a sentence holds a digit: tested once per sentence for every parser marked `digits`. */
export const HAS_DIGIT = /\d/;
