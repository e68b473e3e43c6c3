// Comparing one kind of one case: findings match on start and end; the
// fields of matched findings are then compared one by one.
import { FIELDS, sameValue } from './fields.js';
import { isFindingKind, zeroCounts, type Counts, type Difference, type ScoredKind } from './types.js';

type Item = Record<string, unknown> & { start: number; end: number };

/** Code points of context kept either side of a difference. */
export const CONTEXT = 40;

/** A difference at a span, with the text around it (code points, newlines kept for the reporter). */
export function at(
  type: Difference['type'], kind: ScoredKind, f: Item, cps: readonly string[], extra: Partial<Difference> = {},
): Difference {
  return {
    type,
    kind,
    start: f.start,
    end: f.end,
    text: typeof f.text === 'string' ? f.text : cps.slice(f.start, f.end).join(''),
    field: null,
    expected: null,
    got: null,
    before: cps.slice(Math.max(0, f.start - CONTEXT), f.start).join(''),
    after: cps.slice(f.end, f.end + CONTEXT).join(''),
    ...extra,
  };
}

/** Scores `got` against `gold` for one kind. Both hold code point offsets into the same text. */
export function compareKind(
  kind: ScoredKind, gold: readonly Item[], got: readonly Item[], cps: readonly string[],
): { counts: Counts; differences: Difference[] } {
  const counts = zeroCounts();
  counts.expected = gold.length;
  counts.found = got.length;
  const differences: Difference[] = [];

  const bySpan = new Map<string, Item[]>();
  for (const g of got) {
    const k = `${g.start}:${g.end}`;
    const list = bySpan.get(k);
    if (list) list.push(g);
    else bySpan.set(k, [g]);
  }
  const used = new Set<Item>();
  for (const e of gold) {
    const p = bySpan.get(`${e.start}:${e.end}`)?.find((x) => !used.has(x));
    if (!p) {
      differences.push(at('missing', kind, e, cps));
      continue;
    }
    used.add(p);
    counts.matched++;
    if (!isFindingKind(kind)) continue;
    for (const group of ['key', 'detail'] as const) {
      const names = Object.keys(FIELDS[kind][group]).filter((n) => n in e);
      if (names.length === 0) continue;
      let ok = true;
      for (const n of names) {
        if (sameValue(e[n], p[n])) continue;
        ok = false;
        differences.push(at('wrong', kind, e, cps, { field: n, expected: e[n], got: p[n] ?? null }));
      }
      if (group === 'key') {
        counts.valueChecked++;
        if (ok) counts.valueCorrect++;
      } else {
        counts.detailChecked++;
        if (ok) counts.detailCorrect++;
      }
    }
  }
  for (const p of got) if (!used.has(p)) differences.push(at('extra', kind, p, cps));
  differences.sort((a, b) => a.start! - b.start! || a.end! - b.end!);
  return { counts, differences };
}
