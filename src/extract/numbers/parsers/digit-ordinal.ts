import { amount, type NumberParser } from '../amount.js';
import { isDigit, isLetter } from '../context.js';

// Ordinals in digits: "4th", "21st", "2nd", "103rd". ("May 4th" is a date:
// the dates extractor claims it and the overlap refiner drops this.)

export const digitOrdinalParser: NumberParser = {
  name: 'digit-ordinal',
  digits: true,
  // The pattern finds the suffix after a digit (a fast scan); the number is read backwards from it.
  // Cases spelled out rather than the `i` flag, and a one-letter look-ahead: both let the scan skip faster.
  pattern: /\d(?=[sSnNrRtT])([sS][tT]|[nN][dD]|[rR][dD]|[tT][hH])(?![A-Za-z0-9])/g,
  extract(m, s) {
    const text = s.text;
    const end = m.index + m[0].length;
    let start = m.index + 1;
    while (start > 0 && (isDigit(text[start - 1]) || (text[start - 1] === ',' && isDigit(text[start - 2])))) start--;
    const before = text[start - 1];
    if (isLetter(before) || before === '_' || before === '.' || before === ',') return null;
    const n = Number(text.slice(start, m.index + 1).replace(/,/g, ''));
    const suffix = m[1].toLowerCase();
    // "1th", "2th" are not ordinals; "11th", "12th", "13th" are.
    const teen = n % 100 >= 11 && n % 100 <= 13;
    const want = teen ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
    if (suffix !== want) return null;
    return amount(start, end, n, 'ordinal', 'digit-ordinal', true);
  },
};
