// What the peers-*.ts scorers share: how a peer's rows are named, how its speed
// is measured, and how its offsets become the gold's code points. No scorer here.
import { codePointMap, type OffsetMap } from '../../src/offsets.js';
import type { ScoreRow } from './types.js';

export { codePointMap, type OffsetMap };

/**
 * A tool's rows: the metric prefixed with the tool ("compromise: PER exact F1"),
 * and no target — the targets are newsmine's, a ✓ or ✗ on a peer would misread.
 */
export function asTool(tool: string, rows: readonly ScoreRow[]): ScoreRow[] {
  return rows.map(({ target: _target, ...r }) => ({ ...r, metric: `${tool}: ${r.metric}` }));
}

/**
 * CPU time (user + system) spent inside one tool's calls, and the UTF-8 bytes
 * they were given. CPU time rather than wall time: the scoreboard runs on busy
 * shared machines, and only the tool's own work is wanted. Set-up (model
 * loading, first-call warm-up) is kept out by warming up before timing.
 */
export class Stopwatch {
  private micros = 0;
  private bytes = 0;

  constructor(readonly tool: string) {}

  /** Runs `f` on `text` (or on a text of `text` bytes) and counts its time. */
  time<T>(text: string, f: () => T): T {
    const t0 = process.cpuUsage();
    try {
      return f();
    } finally {
      const u = process.cpuUsage(t0);
      this.micros += u.user + u.system;
      this.bytes += Buffer.byteLength(text);
    }
  }

  mbPerSecond(): number {
    return this.micros === 0 ? 0 : this.bytes / this.micros;
  }

  row(set: string): ScoreRow {
    return { set, metric: `${this.tool}: speed (MB/s, CPU time)`, value: this.mbPerSecond(), n: this.bytes };
  }
}

/** A deterministic subsample: items 0, k, 2k, ... (all of them when k = 1). */
export function everyKth<T>(items: readonly T[], k: number): T[] {
  return items.filter((_, i) => i % k === 0);
}

/** " (1 doc in 2, 128 docs)" for a tool's name in a metric, or "" when nothing was left out. */
export function sampleNote(k: number, n: number): string {
  return k === 1 ? '' : ` (1 doc in ${k}, ${n} docs)`;
}
