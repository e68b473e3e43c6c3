import type { DateFinding } from '../../types.js';
import type { SentenceView } from '../parser.js';
import type { Day } from './calendar.js';

/** What a relative expression resolves against, walking the document in order. */
export interface Anchors {
  /** The document's reference date (its publication date, else --ref-date), or null. */
  ref: Day | null;
  /** The date last mentioned before this expression, as a TimeML value at its stated precision. */
  last: string | null;
  /** The fiscal quarter last mentioned ("the third quarter"), which "a year earlier" and "the quarter" refer to. */
  lastQuarter: string | null;
  /**
   * The reporting period last mentioned: a quarter ("the third quarter") or a
   * span of months counted from the start of the fiscal year ("the first nine
   * months", P9M). Earnings copy compares "a year earlier" with whichever came last.
   */
  lastPeriod: string | null;
}

/**
 * A date found by a parser. Absolute dates carry their `value`; relative ones
 * carry `resolve`, called once in document order by the resolve refiner.
 */
export interface DateCandidate extends DateFinding {
  /** The parser that found it. */
  rule: string;
  resolve?: (a: Anchors) => string | null;
  /** A clock time ("T20:46") that a neighbouring date can absorb ("April 11, 2025 8:46 PM"). */
  clock?: string;
  /** Comparisons ("a year earlier", "the year-ago quarter") point back and never become the anchor. */
  noAnchor?: boolean;
  /** A reporting span of months ("the first nine months") that becomes `lastPeriod`. */
  period?: boolean;
  /** Words that look like a date but are not one ("$1 billion a year"): it claims them, then is dropped. */
  veto?: boolean;
}

/**
 * A chrono-style parser: a global pattern and a function from one match to
 * candidates (offsets relative to the sentence). `cues` says which cue words
 * (see cues.ts) must be in the sentence for the parser to run at all.
 */
export interface DateParser {
  name: string;
  cues: number;
  /**
   * A cheaper test on the lower-cased sentence, for parsers whose cue class is
   * broad: "compound-duration" needs a hyphen, "century" the word. Linear
   * substring checks, run before the parser's own (costlier) pattern.
   */
  needs?: (lower: string) => boolean;
  /**
   * How many characters a match can start before the first of its cue words
   * ("between the beginning of " before "March"): the scan starts there, not at
   * the sentence's start. Undefined: scan the whole sentence.
   */
  reach?: number;
  pattern: RegExp;
  extract(m: RegExpExecArray, s: SentenceView): DateCandidate | DateCandidate[] | null;
}
