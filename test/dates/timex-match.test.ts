import { describe, expect, it } from 'vitest';
import { emptyCounts, pairByOverlap, te3 } from '../../bench/score/timex-match.js';

describe('TempEval-3 matching in the timex scorer', () => {
  it('pairs overlapping spans one to one, the larger overlap first', () => {
    const gold = [{ start: 0, end: 14, value: '2025-04-11TMO' }];
    const sys = [
      { start: 0, end: 6, value: '2025-04-11' },
      { start: 7, end: 14, value: 'TMO' },
    ];
    const pairs = pairByOverlap(gold, sys);
    expect(pairs).toHaveLength(1);
    expect(pairs[0].sys).toBe(sys[1]);
  });

  it('computes strict, relaxed and value F1 as the TE3 toolkit does', () => {
    const c = { ...emptyCounts(), gold: 10, sys: 8, strict: 6, relaxed: 8, value: 6 };
    const r = te3(c);
    expect(r.strictF1).toBeCloseTo((2 * (6 / 8) * (6 / 10)) / (6 / 8 + 6 / 10));
    expect(r.relaxedF1).toBeCloseTo((2 * 1 * 0.8) / 1.8);
    expect(r.valueAccuracy).toBeCloseTo(0.75);
    expect(r.valueF1).toBeCloseTo(0.75 * r.relaxedF1);
  });
});
