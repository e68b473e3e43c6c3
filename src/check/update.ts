// `newsmine check --update`: rewrite expected.json from the current output,
// for teams that keep fixtures as regression snapshots. A person reviews the
// diff; this only saves the typing.
import { AtomicFile } from '../cli/atomic-file.js';
import { KINDS, type DocResult } from '../types.js';
import { prettyDocument } from '../write/json.js';
import { discoverCases } from './discover.js';
import { validateExpected, type Expected } from './expected.js';
import { sameValue } from './fields.js';
import { loadCase, type LoadedCase } from './load-case.js';
import { compareKind } from './match.js';
import { kindsOf, mineCase } from './run-case.js';
import { DOC_FIELDS, SCORED_KINDS, isFindingKind, type ScoredKind, type Selectable } from './types.js';

type Item = Record<string, unknown> & { start: number; end: number };

export interface UpdateResult {
  path: string;
  /** created: expected.json did not exist; updated: rewritten; unchanged: not touched; broken: see errors. */
  status: 'created' | 'updated' | 'unchanged' | 'broken';
  errors: string[];
  /** Per kind written: findings the output has and the file had not, the reverse, and matched ones whose fields changed. */
  changes: Partial<Record<ScoredKind | 'document', { added: number; removed: number; changed: number }>>;
  /** The sum of all of `changes`. */
  total: number;
}

/**
 * Updates every case under `paths`. Kinds written: `kinds` when given, else
 * the kinds the file already has, else the five finding kinds. `notes` and
 * `referenceDate` are kept; so is each finding's `notes` while its span matches.
 */
export async function updateCases(paths: readonly string[], kinds?: readonly Selectable[]): Promise<UpdateResult[]> {
  const results: UpdateResult[] = [];
  for (const f of await discoverCases(paths)) {
    if ('reason' in f) results.push({ path: f.path, status: 'broken', errors: [`${f.path}: ${f.reason}`], changes: {}, total: 0 });
    else results.push(updateCase(await loadCase(f.dir), kinds));
  }
  return results;
}

function updateCase(c: LoadedCase, selected: readonly Selectable[] | undefined): UpdateResult {
  const result: UpdateResult = { path: c.dir, status: 'broken', errors: [], changes: {}, total: 0 };
  // A missing expected.json is what --update creates; every other problem stops it.
  result.errors = c.errors.filter((e) => !(c.expectedMissing && e.startsWith(c.expectedPath)));
  if (result.errors.length > 0 || !c.doc) return result;
  const old: Expected = c.expected ?? {};

  const sel = selected ? new Set(selected) : null;
  let kinds: ScoredKind[] = sel ? SCORED_KINDS.filter((k) => sel.has(k)) : kindsOf(old, null);
  if (kinds.length === 0 && !sel) kinds = [...KINDS];
  const fields = DOC_FIELDS.filter((f) => f !== 'referenceDate' && (sel ? sel.has('document') : f in old));
  const problems = validateExpected(old, c.cps, new Set<string>([...kinds, ...fields]));
  if (problems.length > 0) {
    result.errors = problems.map((p) => `${c.expectedPath}: ${p}`);
    return result;
  }

  let got: DocResult;
  try {
    got = mineCase(c, kinds.filter(isFindingKind));
  } catch (err) {
    result.errors = [`${c.input}: internal error while mining: ${(err as Error).message}`];
    return result;
  }

  const next: Expected = { ...old };
  if (c.expectedMissing) {
    next.notes = 'Snapshot written by `newsmine check --update`: review every finding against the text.';
    next.referenceDate = got.referenceDate;
  }
  for (const kind of kinds) {
    const before = wellFormed(old[kind]);
    const after = (got[kind] as unknown as Item[]).map((f) => ({ ...f }));
    const { counts } = compareKind(kind, before, after, c.cps);
    const change = { added: counts.found - counts.matched, removed: before.length - counts.matched, changed: changedOnSpan(before, after) };
    change.removed += Array.isArray(old[kind]) ? (old[kind] as unknown[]).length - before.length : 0;
    result.changes[kind] = change;
    keepNotes(before, after);
    next[kind] = after;
  }
  let docChanges = 0;
  for (const f of fields) {
    if (!(f in old) || !sameValue(old[f], got[f])) docChanges++;
    next[f] = got[f];
  }
  if (fields.length > 0) result.changes.document = { added: 0, removed: 0, changed: docChanges };
  result.total = Object.values(result.changes).reduce((n, ch) => n + ch.added + ch.removed + ch.changed, 0);

  const addsKeys = Object.keys(next).length !== Object.keys(old).length;
  if (!c.expectedMissing && result.total === 0 && !addsKeys) {
    result.status = 'unchanged';
    return result;
  }
  const file = new AtomicFile(c.expectedPath);
  try {
    // Existing keys keep their place; new ones follow in the contract's order.
    file.write(prettyDocument(next as unknown as DocResult) + '\n');
    file.commit();
  } catch (err) {
    file.abort();
    result.errors = [`${c.expectedPath}: cannot write: ${(err as Error).message}`];
    return result;
  }
  result.status = c.expectedMissing ? 'created' : 'updated';
  return result;
}

/** The entries of an old list that can be compared (objects with integer offsets). */
function wellFormed(list: unknown): Item[] {
  if (!Array.isArray(list)) return [];
  return list.filter((f): f is Item => f !== null && typeof f === 'object' && Number.isInteger(f.start) && Number.isInteger(f.end));
}

/** Findings on the same span whose fields (text included: the input may have changed) differ from the file's. */
function changedOnSpan(before: readonly Item[], after: readonly Item[]): number {
  const now = new Map(after.map((f) => [`${f.start}:${f.end}`, f]));
  return before.filter((b) => {
    const a = now.get(`${b.start}:${b.end}`);
    return a !== undefined && Object.keys(b).some((k) => k !== 'notes' && !sameValue(b[k], a[k]));
  }).length;
}

/** An annotator's note on a finding survives as long as the finding does. */
function keepNotes(before: readonly Item[], after: Item[]): void {
  const notes = new Map(before.filter((f) => f.notes !== undefined).map((f) => [`${f.start}:${f.end}`, f.notes]));
  for (const f of after) {
    const n = notes.get(`${f.start}:${f.end}`);
    if (n !== undefined) f.notes = n;
  }
}
