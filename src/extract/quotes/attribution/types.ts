import type { Mention } from '../mention.js';

/** Who a quote is attributed to, by which verb, and which rule said so. */
export interface Attribution {
  mention: Mention | null;
  /** The reporting verb as written, lower-cased, or "according to". */
  cue: string | null;
  /** The pattern that matched (for debugging and the scorer's error classes). */
  rule: string;
}
