import { SCORE_CUES } from '../../../lexicon/number-context.js';
import type { Amount, NumberRefiner } from '../amount.js';

// Scores and tallies written with a dash are not ranges or amounts: "won 2-1",
// "a 3-1 victory", "drew 1-1". A range ascends ("10-20"); a score may not, so
// a descending or level pair is a score, and an ascending one is a score when
// a sport word stands next to it.

const DASH_BETWEEN = /^[-–]\s?$|^\s[-–]\s$/;
const SMALL = 30;

export const notScores: NumberRefiner = (amounts, s) => {
  let drop: Set<Amount> | null = null;
  for (let i = 0; i + 1 < amounts.length; i++) {
    const a = amounts[i];
    const b = amounts[i + 1];
    if (!a.digits || !b.digits || typeof a.value !== 'number' || typeof b.value !== 'number') continue;
    if (!Number.isInteger(a.value) || !Number.isInteger(b.value) || a.value > SMALL || b.value > SMALL) continue;
    if (!DASH_BETWEEN.test(s.text.slice(a.end, b.start))) continue;
    if (a.value >= b.value || nearCue(s.text, a.start, b.end)) {
      drop ??= new Set();
      drop.add(a).add(b);
    }
  }
  return drop ? amounts.filter((x) => !drop.has(x)) : amounts;
};

function nearCue(text: string, start: number, end: number): boolean {
  const around = (text.slice(Math.max(0, start - 40), start) + ' ' + text.slice(end, end + 20)).toLowerCase();
  for (const w of around.split(/[^a-z-]+/)) if (SCORE_CUES.has(w)) return true;
  return false;
}
