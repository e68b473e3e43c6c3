// `newsmine check` as a library: score fixture cases against their expected.json.
import { discoverCases } from './discover.js';
import { loadCase } from './load-case.js';
import { checkCase } from './run-case.js';
import { summarise } from './score.js';
import type { CaseResult, CheckOptions, CheckReport } from './types.js';

/**
 * Checks every case under `paths` (case folders or folders of cases) and
 * returns the scores, each difference, and the verdict. Never throws for a
 * bad case: it comes back with status "broken" and the reason.
 */
export async function check(paths: readonly string[] = ['fixtures'], options: CheckOptions = {}): Promise<CheckReport> {
  const selected = options.kinds ? new Set(options.kinds) : null;
  const cases: CaseResult[] = [];
  for (const f of await discoverCases(paths)) {
    if ('reason' in f) {
      cases.push({
        path: f.path, input: null, status: 'broken', errors: [`${f.path}: ${f.reason}`], warnings: [],
        kinds: [], counts: {}, document: {}, differences: [],
      });
    } else {
      cases.push(checkCase(await loadCase(f.dir), selected));
    }
  }
  return summarise(cases, options.floors);
}

export { updateCases, type UpdateResult } from './update.js';
export { parseFloors, parseKindList } from './floors.js';
export { prf } from './score.js';
export { renderReport } from './report.js';
export { SCORED_KINDS, SPAN_KINDS, DOC_FIELDS } from './types.js';
export type {
  CaseResult, CheckOptions, CheckReport, Counts, Difference, DocField, Floors, KindScore, ScoredKind, Selectable,
} from './types.js';
