// Adding up the cases: micro-averaged precision, recall and F1 per kind, and
// the verdict (exact mode: no difference anywhere; floors mode: every floor holds).
import { floorFor } from './floors.js';
import {
  DOC_FIELDS, SCORED_KINDS, zeroCounts,
  type CaseResult, type CheckReport, type Counts, type DocField, type Floors, type KindScore, type ScoredKind,
} from './types.js';

/** Scores are compared with floors to this tolerance, so 19/20 meets a floor of 0.95. */
const EPSILON = 1e-9;

/** Precision, recall and F1 from counts; an empty prediction of an empty gold is perfect. */
export function prf(tp: number, predicted: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : tp / predicted;
  const recall = gold === 0 ? 1 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function summarise(cases: CaseResult[], floors: Floors | null | undefined): CheckReport {
  const kinds = {} as Record<ScoredKind, KindScore>;
  for (const kind of SCORED_KINDS) {
    const total: Counts = zeroCounts();
    let n = 0;
    for (const c of cases) {
      const k = c.counts[kind];
      if (!k) continue;
      n++;
      for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += k[key];
    }
    const s = n > 0 ? prf(total.matched, total.found, total.expected) : null;
    const floor = floorFor(floors, kind);
    kinds[kind] = {
      cases: n,
      ...total,
      precision: s?.precision ?? null,
      recall: s?.recall ?? null,
      f1: s?.f1 ?? null,
      valueAccuracy: total.valueChecked > 0 ? total.valueCorrect / total.valueChecked : null,
      detailAccuracy: total.detailChecked > 0 ? total.detailCorrect / total.detailChecked : null,
      floor,
      // A kind no case scores has nothing to hold a floor against.
      passed: floor === null || s === null || s.f1 + EPSILON >= floor,
    };
  }

  const document = {} as Record<DocField, { checked: number; correct: number }>;
  for (const field of DOC_FIELDS) {
    const seen = cases.map((c) => c.document[field]).filter((v) => v !== undefined);
    document[field] = { checked: seen.length, correct: seen.filter(Boolean).length };
  }

  const summary = {
    cases: cases.length,
    passed: cases.filter((c) => c.status === 'pass').length,
    failed: cases.filter((c) => c.status === 'fail').length,
    broken: cases.filter((c) => c.status === 'broken').length,
  };
  const mode = floors ? 'floors' : 'exact';
  const passed =
    summary.broken === 0 && summary.cases > 0 &&
    (mode === 'floors' ? SCORED_KINDS.every((k) => kinds[k].passed) : summary.failed === 0);
  return { checkVersion: 1, passed, mode, summary, kinds, document, cases };
}
