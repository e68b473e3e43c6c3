import { GLUED_UNITS, MAX_UNIT_WORDS, UNITS } from '../../../lexicon/units.js';
import type { NumberRefiner } from '../amount.js';
import { isLetter, isRegexSpace, L, rx } from '../context.js';

// Quantities: a number with a measurement unit, "5 km", "60 kilos", "300
// tonnes", "180ml", "1.45 mln tonnes", "2 percentage points". `unit` is the
// unit as written, lower-cased.

const DEGREE = rx('')`^\s?°[CF]?(?![${L}])`;
const GLUED = rx('')`^[${L}°²]+`;
const WORDS = rx('')`^(?:\s+|-)?([${L}°][${L}/²-]*)(?:\s([${L}][${L}/-]*))?`;

export const attachUnit: NumberRefiner = (amounts, s) => {
  for (const a of amounts) {
    if (a.kind !== 'cardinal' && a.kind !== 'fraction') continue;
    // Every unit starts with a letter, "°" or "²", glued or after a space or hyphen: punctuation rules all out.
    const c = s.text.charCodeAt(a.end);
    if (!(isRegexSpace(c) || c === 45 || c === 0xb0 || c === 0xb2 || isLetter(s.text[a.end]))) continue;
    const rest = s.text.slice(a.end, a.end + 40);
    const glued = GLUED.exec(rest);
    if (glued) {
      const u = glued[0].length === 1 ? glued[0] : glued[0].toLowerCase();
      if (GLUED_UNITS.has(u)) {
        a.end += glued[0].length;
        a.kind = 'quantity';
        a.unit = u.toLowerCase();
      }
      continue;
    }
    const degree = DEGREE.exec(rest);
    if (degree) {
      a.end += degree[0].length;
      a.kind = 'quantity';
      a.unit = degree[0].trim().toLowerCase();
      continue;
    }
    const m = WORDS.exec(rest);
    if (!m) continue;
    const one = m[1].toLowerCase();
    const two = m[2] ? `${one} ${m[2].toLowerCase()}` : null;
    if (two && MAX_UNIT_WORDS >= 2 && UNITS.has(two)) {
      a.end += m[0].length;
      a.unit = two;
    } else if (UNITS.has(one)) {
      a.end += m[0].length - (m[2] ? m[2].length + 1 : 0);
      a.unit = one;
    } else continue;
    a.kind = 'quantity';
  }
  return amounts;
};
