// TempEval-3 matching of predicted TIMEX spans against gold ones, shared by
// the timex and datetime-cases scorers.
//
// TempEval-3 (UzZaman et al. 2013; the TE3 toolkit's evaluate_entities.py)
// pairs system and gold TIMEX3s that overlap (the TimeML-Normalizer gives an
// overlapping system entity the gold entity's id, so each entity is in at most
// one pair), then:
//   strict P = pairs with identical extent / system,  R = the same / gold
//   relaxed P = pairs / system,                       R = pairs / gold
//   value accuracy = pairs whose values are equal / pairs
//   value F1 = value accuracy × relaxed F1
// The last is the toolkit's "attribute F1" (performance_value): it equals
// the F1 of "matched with the right value" counted against system and gold.

export interface TimexSpan {
  start: number;
  end: number;
  value: string | null;
}

export interface Pair<G extends TimexSpan, S extends TimexSpan> {
  gold: G;
  sys: S;
}

/**
 * One-to-one overlap pairing inside one document: each gold span takes the
 * unpaired system span that overlaps it most (earliest on ties).
 */
export function pairByOverlap<G extends TimexSpan, S extends TimexSpan>(gold: readonly G[], sys: readonly S[]): Pair<G, S>[] {
  const used = new Set<number>();
  const pairs: Pair<G, S>[] = [];
  for (const g of gold) {
    let best = -1;
    let bestOverlap = 0;
    for (let i = 0; i < sys.length; i++) {
      if (used.has(i)) continue;
      const overlap = Math.min(g.end, sys[i].end) - Math.max(g.start, sys[i].start);
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    }
    if (best >= 0) {
      used.add(best);
      pairs.push({ gold: g, sys: sys[best] });
    }
  }
  return pairs;
}

export interface Counts {
  gold: number;
  sys: number;
  strict: number;
  relaxed: number;
  value: number;
}

export function emptyCounts(): Counts {
  return { gold: 0, sys: 0, strict: 0, relaxed: 0, value: 0 };
}

export function f1(tp: number, sys: number, gold: number): number {
  const p = sys === 0 ? 0 : tp / sys;
  const r = gold === 0 ? 0 : tp / gold;
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

/** The TempEval-3 figures from counts summed over every document. */
export function te3(c: Counts): { strictF1: number; relaxedF1: number; valueAccuracy: number; valueF1: number } {
  const strictF1 = f1(c.strict, c.sys, c.gold);
  const relaxedF1 = f1(c.relaxed, c.sys, c.gold);
  const valueAccuracy = c.relaxed === 0 ? 0 : c.value / c.relaxed;
  return { strictF1, relaxedF1, valueAccuracy, valueF1: valueAccuracy * relaxedF1 };
}
