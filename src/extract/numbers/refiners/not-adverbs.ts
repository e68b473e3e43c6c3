import type { NumberFilter } from '../amount.js';
import { wordBefore } from '../context.js';

// Ordinal words used as adverbs rank nothing: "at first", "First, we ...",
// "first of all". ("He came first" is still the first place: an ordinal.)

const OPENING_ADVERB = /^[\s"“‘(]*$/;

export const notAdverbs: NumberFilter = (a, s) => {
  if (a.kind !== 'ordinal' || a.digits) return true;
  const t = s.text;
  const after = t.slice(a.end, a.end + 8);
  if (/^,/.test(after) && OPENING_ADVERB.test(t.slice(0, a.start))) return false;
  if (/^\s+of\s+all\b/i.test(after)) return false;
  const prev = wordBefore(t, a.start);
  return !(prev && prev.word.toLowerCase() === 'at' && /^first$/i.test(t.slice(a.start, a.end)));
};
