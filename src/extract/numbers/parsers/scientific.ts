import { L, rx } from '../context.js';
import { amount, clean, type NumberParser } from '../amount.js';

// Powers and scientific notation: "1.1^23", "2.5^-1", "-127.32e13",
// "1.3x10^6". Rare in news, but cheap, and never confused with anything else.

const E_NOTATION = /\d[eE][-+]?\d/;

export const scientificParser: NumberParser = {
  name: 'scientific',
  digits: true,
  // Every form but "2.5e13" has a caret, found by a plain character search.
  precheck: (text) => text.includes('^') || E_NOTATION.test(text),
  pattern: rx('g')`(?<![${L}0-9_.,])([-−]?)(\d+(?:\.\d+)?)(?:\^([-+−]*)(\d+)|[eE]([-+]?)(\d+)|\s?[x×]\s?10\^([-+−]?)(\d+))(?![${L}0-9])`,
  extract(m) {
    const base = Number(m[2]);
    const sign = m[1] ? -1 : 1;
    let value: number;
    if (m[4] !== undefined) {
      // "-1.1^--23": an even number of minus signs cancels out.
      const minus = (m[3].match(/[-−]/g) ?? []).length % 2 === 1;
      value = base ** (minus ? -Number(m[4]) : Number(m[4]));
    } else if (m[6] !== undefined) {
      value = base * 10 ** (m[5] === '-' ? -Number(m[6]) : Number(m[6]));
    } else {
      value = base * 10 ** (m[7] && m[7] !== '+' ? -Number(m[8]) : Number(m[8]));
    }
    return amount(m.index, m.index + m[0].length, clean(sign * value), 'cardinal', 'scientific', true);
  },
};
