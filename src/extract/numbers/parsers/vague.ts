import { VAGUE_BEFORE_SCALE, VAGUE_PLURALS, VAGUE_QUANTIFIERS } from '../../../lexicon/number-words.js';
import { amount, type Amount } from '../amount.js';

// Vague amounts, valued as ranges: "several hundred" [200, 900], "dozens"
// [24, 99], "hundreds", "thousands", "tens of thousands", "a few", "several".
// Their own quantifier goes to `approximate` ("several", "dozens").
// Read where the spelled-number scan meets one of VAGUE_STARTS (one pass over
// the words of a sentence serves both).

/** The words a vague amount starts with ("a few" starts at "few", with its "a" looked up before). */
export const VAGUE_STARTS: ReadonlySet<string> = new Set(['several', 'few', 'tens', 'dozens', 'scores', 'hundreds', 'thousands', 'millions', 'billions', 'trillions']);

const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, dozen: 12 };

const VAGUE =
  /(?:(several|a few|a couple of)\s+(hundred|thousand|million|billion|dozen)|(tens|hundreds)\s+of\s+(thousands|millions|billions)|(dozens|scores|hundreds|thousands|millions|billions|trillions)|(several|a few))\b/iy;

/** The vague amount starting exactly at `pos`, or null. */
export function vagueAt(text: string, pos: number): Amount | null {
  VAGUE.lastIndex = pos;
  const m = VAGUE.exec(text);
  if (!m) return null;
  const start = pos;
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
    if (lower === 'scores' && !/^\s+of\b/i.test(text.slice(end, end + 5))) return null;
    value = VAGUE_PLURALS.get(lower)!;
    approximate = lower;
  } else {
    value = VAGUE_QUANTIFIERS.get(lower)!;
    approximate = lower;
  }
  const a = amount(start, end, value, 'cardinal', 'vague', false);
  a.approximate = approximate;
  return a;
}
