// One scorer per development set. `npm run score` runs every scorer in this
// folder and prints their rows as one table (and updates docs/quality.md).
import { prf as scores } from '../../src/check/score.js';

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
  /** Files under ../shared/dev/ this scorer reads; it is skipped when one is missing. [] = runs without dev data. */
  needs: string[];
  run(devDir: string): Promise<ScoreRow[]> | ScoreRow[];
}

/** Precision, recall and F1 from counts (the same arithmetic as `newsmine check`). */
export function prf(tp: number, predicted: number, gold: number): { p: number; r: number; f1: number } {
  const s = scores(tp, predicted, gold);
  return { p: s.precision, r: s.recall, f1: s.f1 };
}
