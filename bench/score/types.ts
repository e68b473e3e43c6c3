// One scorer per development set. `npm run score` runs every scorer in this
// folder and prints their rows as one table (and updates docs/quality.md).

export interface ScoreRow {
  /** The development set, e.g. "ner-dev (CoNLL-2003 testa)". */
  set: string;
  /** What is measured, e.g. "PER exact F1". */
  metric: string;
  /** A ratio in [0, 1], or a count. */
  value: number;
  /** How many gold items it was measured on. */
  n?: number;
  /** The target from the issue, when there is one (a ratio). */
  target?: number;
}

export interface Scorer {
  name: string;
  /** Files under ../shared/dev/ this scorer reads; it is skipped when one is missing. */
  needs: string[];
  run(devDir: string): Promise<ScoreRow[]> | ScoreRow[];
}

/** Precision, recall and F1 from counts. */
export function prf(tp: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const p = predicted === 0 ? (gold === 0 ? 1 : 0) : tp / predicted;
  const r = gold === 0 ? 1 : tp / gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}
