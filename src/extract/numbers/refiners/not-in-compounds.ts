import { CURRENCY_NAMES, MINOR_UNITS } from '../../../lexicon/currencies.js';
import { TIME_UNITS } from '../../../lexicon/number-context.js';
import { UNITS } from '../../../lexicon/units.js';
import type { NumberFilter } from '../amount.js';
import { L, rx } from '../context.js';

// A number inside a hyphenated compound modifier is not an amount: "a 10-point
// plan", "the two-state solution", "one-time gains", "155-strong". The
// compound keeps its number when the second part makes it a measure — money
// ("12-cent dividend", "one-yen bid"), a unit ("5-km"), a percentage, or a
// time unit ("three-year-long", left to the dates extractor) — and an ordinal
// keeps it before a superlative or "ever" ("second-largest", "first-ever").

const HYPHEN_WORD = rx('')`^-([${L}]+)`;
const MEASURE_WORDS = new Set(['percent', 'per', 'pct', 'million', 'billion', 'trillion', 'thousand', 'hundred', 'mln', 'bln', 'bn', 'year-old']);
/** Ordinal compounds that are fixed adjectives, not rankings: "first-hand", "second-rate", "third-party". */
const ORDINAL_IDIOMS = new Set(['hand', 'hander', 'rate', 'party', 'person', 'guess', 'guessed', 'guessing', 'string', 'aid', 'born']);

export const notInCompounds: NumberFilter = (a, s) => {
  if (s.text[a.end] !== '-') return true;
  const m = HYPHEN_WORD.exec(s.text.slice(a.end, a.end + 24));
  if (!m) return true;
  const w = m[1].toLowerCase();
  if (a.kind === 'ordinal') return !ORDINAL_IDIOMS.has(w);
  return MEASURE_WORDS.has(w) || TIME_UNITS.has(w) || UNITS.has(w) || CURRENCY_NAMES.has(w) || MINOR_UNITS.has(w);
};
