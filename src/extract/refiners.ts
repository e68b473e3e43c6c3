import type { Span } from '../types.js';

// Refiners every extractor shares. Each takes and returns a finding list.

export function byStart(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

/** Sorted by start (then end), exact duplicates removed. */
export function sortUnique<F extends Span>(findings: F[]): F[] {
  const sorted = [...findings].sort(byStart);
  return sorted.filter((f, i) => i === 0 || f.start !== sorted[i - 1].start || f.end !== sorted[i - 1].end);
}

/**
 * Keeps the longest of overlapping findings (earlier one on ties), the usual
 * rule when two parsers claim the same words ("$3,500" over "3,500").
 * Works cluster by cluster so that a long document stays O(n log n).
 */
export function dropOverlaps<F extends Span>(findings: F[]): F[] {
  const sorted = [...findings].sort(byStart);
  const kept: F[] = [];
  let i = 0;
  while (i < sorted.length) {
    let j = i + 1;
    let clusterEnd = sorted[i].end;
    while (j < sorted.length && sorted[j].start < clusterEnd) {
      clusterEnd = Math.max(clusterEnd, sorted[j].end);
      j++;
    }
    if (j - i === 1) kept.push(sorted[i]);
    // A loop, not push(...spread): a cluster can hold more findings than a call has room for arguments.
    else for (const f of longestFirst(sorted.slice(i, j))) kept.push(f);
    i = j;
  }
  return kept;
}

function longestFirst<F extends Span>(cluster: F[]): F[] {
  const byLength = cluster.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: F[] = [];
  for (const f of byLength) {
    if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  }
  return kept.sort(byStart);
}

/** True when [start, end) overlaps any of `ranges`. */
export function overlapsAny(f: Span, ranges: readonly Span[]): boolean {
  for (const r of ranges) if (r.start < f.end && f.start < r.end) return true;
  return false;
}

/** Drops findings that overlap any of `ranges` (boilerplate, or another kind's spans). */
export function outside<F extends Span>(findings: F[], ranges: readonly Span[]): F[] {
  if (ranges.length === 0 || findings.length === 0) return findings;
  const disjoint = mergeRanges(ranges);
  return findings.filter((f) => !overlapsDisjoint(f, disjoint));
}

/** The union of `ranges` as sorted, disjoint ranges. */
export function mergeRanges(ranges: readonly Span[]): Span[] {
  const sorted = [...ranges].sort(byStart);
  const out: Span[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ start: r.start, end: r.end });
  }
  return out;
}

/** Binary search: does `f` overlap one of the sorted, disjoint `ranges`? */
export function overlapsDisjoint(f: Span, ranges: readonly Span[]): boolean {
  let lo = 0;
  let hi = ranges.length;
  // First range starting at or after f.end; only the one before it can overlap.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start < f.end) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && ranges[lo - 1].end > f.start;
}
