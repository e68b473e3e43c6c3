import { L, rx } from '../context.js';
import { amount, type NumberParser } from '../amount.js';

// Ordinals in digits: "4th", "21st", "2nd", "103rd". ("May 4th" is a date:
// the dates extractor claims it and the overlap refiner drops this.)

export const digitOrdinalParser: NumberParser = {
  name: 'digit-ordinal',
  precheck: /\d(?:st|nd|rd|th)/i,
  pattern: rx('gi')`(?<![${L}0-9_.,])(\d{1,3}(?:,\d{3})*)(st|nd|rd|th)(?![${L}0-9])`,
  extract(m) {
    const n = Number(m[1].replace(/,/g, ''));
    const suffix = m[2].toLowerCase();
    // "1th", "2th" are not ordinals; "11th", "12th", "13th" are.
    const teen = n % 100 >= 11 && n % 100 <= 13;
    const want = teen ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
    if (suffix !== want) return null;
    return amount(m.index, m.index + m[0].length, n, 'ordinal', 'digit-ordinal', true);
  },
};
