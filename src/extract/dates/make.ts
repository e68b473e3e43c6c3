import type { DateKind } from '../../types.js';
import type { SentenceView } from '../parser.js';
import type { Anchors, DateCandidate } from './types.js';

/** A candidate over [start, end) of the sentence: a fixed value, or a resolver for a relative one. */
export function candidate(
  rule: string,
  s: SentenceView,
  start: number,
  end: number,
  kind: DateKind,
  value: string | null | ((a: Anchors) => string | null),
): DateCandidate {
  const c: DateCandidate = { start, end, text: s.text.slice(start, end), kind, value: null, rule };
  if (typeof value === 'function') c.resolve = value;
  else c.value = value;
  return c;
}

/** A candidate spanning the whole match. */
export function whole(
  rule: string,
  m: RegExpExecArray,
  s: SentenceView,
  kind: DateKind,
  value: string | null | ((a: Anchors) => string | null),
): DateCandidate {
  return candidate(rule, s, m.index, m.index + m[0].length, kind, value);
}

/** Case-insensitive test of a word against alternatives, for optional groups. */
export function lower(x: string | undefined): string {
  return x ? x.toLowerCase().replace(/\s+/g, ' ') : '';
}
