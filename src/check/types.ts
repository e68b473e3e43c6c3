// The vocabulary of `newsmine check`: what is scored, what a difference is,
// and the report it produces (its JSON form is documented in docs/check.md).
import { KINDS, type Kind } from '../types.js';

/** Span lists of the contract that are scored like findings (match on start and end) when given. */
export const SPAN_KINDS = ['sentences', 'paragraphs', 'boilerplate'] as const;
export type SpanKind = (typeof SPAN_KINDS)[number];

/** Everything that gets precision, recall and F1. */
export const SCORED_KINDS = [...KINDS, ...SPAN_KINDS] as const;
export type ScoredKind = Kind | SpanKind;

/** Document fields compared by exact match when expected.json gives them. */
export const DOC_FIELDS = ['referenceDate', 'title', 'authors', 'published', 'url'] as const;
export type DocField = (typeof DOC_FIELDS)[number];

/** What `--kinds` can name: the scored kinds, and `document` for the document fields. */
export type Selectable = ScoredKind | 'document';

/** Per kind: found vs expected. `value` = the key fields (value, name, speaker, kind); `detail` = the others. */
export interface Counts {
  /** Findings in expected.json. */
  expected: number;
  /** Findings in the output. */
  found: number;
  /** Findings in both, by start and end. */
  matched: number;
  valueChecked: number;
  valueCorrect: number;
  detailChecked: number;
  detailCorrect: number;
}

export function zeroCounts(): Counts {
  return { expected: 0, found: 0, matched: 0, valueChecked: 0, valueCorrect: 0, detailChecked: 0, detailCorrect: 0 };
}

/**
 * One difference between output and expected.json. `missing`: expected, not
 * found; `extra`: found, not expected; `wrong`: matched, but `field` differs;
 * `document`: a document field differs (kind is "document", no span).
 */
export interface Difference {
  type: 'missing' | 'extra' | 'wrong' | 'document';
  kind: Selectable;
  start: number | null;
  end: number | null;
  text: string | null;
  field: string | null;
  expected: unknown;
  got: unknown;
  /** Up to 40 code points of text either side of the span. */
  before: string | null;
  after: string | null;
}

export interface CaseResult {
  /** The case folder, as found from the paths given. */
  path: string;
  /** The input file, or null when there is none. */
  input: string | null;
  /** pass: no difference; fail: some difference; broken: could not be checked (see errors). */
  status: 'pass' | 'fail' | 'broken';
  errors: string[];
  warnings: string[];
  /** The kinds scored in this case (present in expected.json and selected). */
  kinds: ScoredKind[];
  counts: Partial<Record<ScoredKind, Counts>>;
  /** The document fields compared in this case: true when equal. */
  document: Partial<Record<DocField, boolean>>;
  differences: Difference[];
}

export interface KindScore extends Counts {
  /** How many cases scored this kind; 0 means not scored, and the ratios are null. */
  cases: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** Matched findings whose key fields (value, name, speaker, kind) all agree; null when none were checked. */
  valueAccuracy: number | null;
  /** Matched findings whose other annotated fields (qualifier, subject, title, country, cue, ...) agree. */
  detailAccuracy: number | null;
  /** The --min-f1 floor for this kind, or null. */
  floor: number | null;
  /** False only when a floor is set and F1 is below it. */
  passed: boolean;
}

export interface CheckReport {
  /** The version of this report's JSON shape. */
  checkVersion: 1;
  /** True when the run passes: no broken case, and (with floors) every floor holds, (without) no difference. */
  passed: boolean;
  /** `floors` with --min-f1, else `exact`: any difference fails. */
  mode: 'exact' | 'floors';
  summary: { cases: number; passed: number; failed: number; broken: number };
  kinds: Record<ScoredKind, KindScore>;
  document: Record<DocField, { checked: number; correct: number }>;
  cases: CaseResult[];
}

/** A `--min-f1` spec: a default floor for every kind and/or floors per kind. */
export interface Floors {
  all: number | null;
  perKind: Partial<Record<ScoredKind, number>>;
}

export interface CheckOptions {
  /** Restrict scoring to these kinds (and `document` for the document fields). Default: everything given. */
  kinds?: readonly Selectable[];
  /** Turns the run into a gate on F1; without it any difference fails. */
  floors?: Floors | null;
}

export function isFindingKind(k: string): k is Kind {
  return (KINDS as readonly string[]).includes(k);
}
