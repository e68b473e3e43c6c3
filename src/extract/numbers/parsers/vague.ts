import { VAGUE_BEFORE_SCALE, VAGUE_PLURALS, VAGUE_QUANTIFIERS } from '../../../lexicon/number-words.js';
import { amount, type NumberParser } from '../amount.js';

// Vague amounts, valued as ranges: "several hundred" [200, 900], "dozens"
// [24, 99], "hundreds", "thousands", "tens of thousands", "a few", "several".
// Their own quantifier goes to `approximate` ("several", "dozens").

const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, dozen: 12 };

export const vagueParser: NumberParser = {
  name: 'vague',
  pattern:
    /\b(?:(several|a few|a couple of)\s+(hundred|thousand|million|billion|dozen)|(tens|hundreds)\s+of\s+(thousands|millions|billions)|(dozens|scores|hundreds|thousands|millions|billions|trillions)|(several|a few))\b/gi,
  extract(m, s) {
    const start = m.index;
    const end = start + m[0].length;
    const lower = m[0].toLowerCase();
    let value: [number, number];
    let approximate: string;
    if (m[1]) {
      const q = m[1].toLowerCase();
      const k = SCALE[m[2].toLowerCase()];
      const [lo, hi] = VAGUE_BEFORE_SCALE.get(q)!;
      value = [lo * k, hi * k];
      approximate = q;
    } else if (m[3]) {
      const unit = SCALE[m[4].toLowerCase().slice(0, -1)];
      const lo = m[3].toLowerCase() === 'tens' ? 20 : 200;
      value = [lo * unit, lo * unit * 5 - 1];
      approximate = m[3].toLowerCase();
    } else if (m[5]) {
      // "scores" is a number only as "scores of" ("scores of people", not "test scores").
      if (lower === 'scores' && !/^\s+of\b/i.test(s.text.slice(end, end + 5))) return null;
      value = VAGUE_PLURALS.get(lower)!;
      approximate = lower;
    } else {
      value = VAGUE_QUANTIFIERS.get(lower)!;
      approximate = lower;
    }
    const a = amount(start, end, value, 'cardinal', 'vague', false);
    a.approximate = approximate;
    return a;
  },
};
