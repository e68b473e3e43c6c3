import { mineDoc } from '../pipeline.js';
import type { DocResult, Kind } from '../types.js';
import { validateExpected, type Expected } from './expected.js';
import { sameValue } from './fields.js';
import type { LoadedCase } from './load-case.js';
import { compareKind } from './match.js';
import { DOC_FIELDS, SCORED_KINDS, isFindingKind, type CaseResult, type ScoredKind, type Selectable } from './types.js';

type Item = Record<string, unknown> & { start: number; end: number };

/** The kinds a case scores: those its expected.json gives, within `selected` (null: all). */
export function kindsOf(exp: Expected, selected: ReadonlySet<Selectable> | null): ScoredKind[] {
  return SCORED_KINDS.filter((k) => k in exp && (!selected || selected.has(k)));
}

/** Mines a case's document as `newsmine extract --ref-date <referenceDate>` would. */
export function mineCase(c: LoadedCase, only: readonly Kind[]): DocResult {
  const ref = c.expected?.referenceDate;
  return mineDoc(c.doc!, { only, refDate: typeof ref === 'string' ? ref : undefined });
}

/** Checks one loaded case: broken when it cannot be read or mined, else pass or fail. */
export function checkCase(c: LoadedCase, selected: ReadonlySet<Selectable> | null): CaseResult {
  const result: CaseResult = {
    path: c.dir, input: c.input, status: 'broken', errors: [...c.errors], warnings: [...c.warnings],
    kinds: [], counts: {}, document: {}, differences: [],
  };
  if (result.errors.length > 0 || !c.expected || !c.doc) return result;
  const exp = c.expected;
  result.errors.push(...validateExpected(exp, c.cps).map((e) => `${c.expectedPath}: ${e}`));
  if (result.errors.length > 0) return result;

  result.kinds = kindsOf(exp, selected);
  if (result.kinds.includes('dates') && typeof exp.referenceDate !== 'string') {
    result.warnings.push(`${c.expectedPath}: no referenceDate, so relative dates ("Tuesday", "last month") resolve to null`);
  }
  let got: DocResult;
  try {
    got = mineCase(c, result.kinds.filter(isFindingKind));
  } catch (err) {
    // A bug on one case must not cost the others their scores.
    result.errors.push(`${c.input}: internal error while mining: ${(err as Error).message}`);
    return result;
  }

  for (const kind of result.kinds) {
    const r = compareKind(kind, exp[kind] as Item[], got[kind] as unknown as Item[], c.cps);
    result.counts[kind] = r.counts;
    result.differences.push(...r.differences);
  }
  if (!selected || selected.has('document')) {
    for (const field of DOC_FIELDS) {
      if (!(field in exp)) continue;
      const ok = sameValue(exp[field], got[field]);
      result.document[field] = ok;
      if (!ok) {
        result.differences.push({
          type: 'document', kind: 'document', start: null, end: null, text: null, field,
          expected: exp[field], got: got[field], before: null, after: null,
        });
      }
    }
  }
  result.status = result.differences.length === 0 ? 'pass' : 'fail';
  return result;
}
