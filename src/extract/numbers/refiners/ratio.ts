import { clean, type Amount, type NumberRefiner } from '../amount.js';

// Proportions written with words: "1 in 5", "one in five Americans", "two out
// of five hundred", "1 over 3". One finding, kind fraction, value a/b. Only
// when a < b: "five out of three" and "$2000 over 3 years" are two amounts.

const BETWEEN = /^\s+(in|out\s+of|over)\s+$/i;

export const mergeRatios: NumberRefiner = (amounts, s) => {
  const out: Amount[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i];
    const b = amounts[i + 1];
    if (b && a.kind === 'cardinal' && b.kind === 'cardinal' && typeof a.value === 'number' && typeof b.value === 'number' &&
        a.approximate === null && b.approximate === null && Number.isInteger(a.value) && Number.isInteger(b.value) && a.value !== 0 && Math.abs(a.value) < b.value) {
      const m = BETWEEN.exec(s.text.slice(a.end, b.start));
      // "over" is mostly a qualifier ("over 5,000"): a ratio only when nothing follows.
      if (m && (m[1].toLowerCase() !== 'over' || /^\s*(?:[.,;:!?)]|$)/.test(s.text.slice(b.end, b.end + 2)))) {
        out.push({ ...a, end: b.end, value: clean(a.value / b.value), kind: 'fraction', source: 'ratio', scale: 1 });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
};
