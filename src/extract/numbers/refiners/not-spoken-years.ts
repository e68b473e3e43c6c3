import type { Amount, NumberRefiner } from '../amount.js';

// Years read aloud (broadcast transcripts): "nineteen ninety-six", "nineteen
// seventy-nine", "twenty twelve". The grammar stops between the two halves (a
// teen cannot be followed by a tens word), so they come out as two numbers;
// together they are a date, and neither is a quantity.

const FIRST_HALF = /^(?:nineteen|eighteen|seventeen|sixteen|twenty|twenty-one)$/i;

export const notSpokenYears: NumberRefiner = (amounts, s) => {
  let drop: Set<Amount> | null = null;
  for (let i = 0; i + 1 < amounts.length; i++) {
    const a = amounts[i];
    const b = amounts[i + 1];
    if (a.digits || b.digits || typeof b.value !== 'number' || b.value < 10 || b.value > 99 || !Number.isInteger(b.value)) continue;
    if (!/^\s+$/.test(s.text.slice(a.end, b.start)) || !FIRST_HALF.test(s.text.slice(a.start, a.end))) continue;
    drop ??= new Set();
    drop.add(a).add(b);
  }
  return drop ? amounts.filter((x) => !drop.has(x)) : amounts;
};
