import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Job, RunResult } from './timing-child.js';

// "Linear in its size", tested without any absolute time: the same job is run
// at sizes growing by a factor (64 KB → 256 KB → 1 MB …) and each step's time
// ratio must stay under a limit (6 for a ×4 step: linear is 4, quadratic 16).
// The two sizes of a step are run alternately a few times and each one's
// minimum kept, so that a burst of load elsewhere on the machine hits both; a
// step over the limit is measured again before it counts. Times are CPU time
// of a child process (see timing-child.ts), and a run that is clearly
// super-linear is stopped instead of left to run for minutes: its deadline
// comes from the smaller size's time.

const CHILD = fileURLToPath(new URL('./timing-child.ts', import.meta.url));

export type Outcome = { ok: true; result: RunResult } | { ok: false; timedOut: boolean; error: string };

/** One child process running jobs in turn; replaced when a job is stopped. */
export class TimingProcess {
  private worker: ChildProcess | null = null;

  /**
   * Runs `job`; stops it (and the child) if it is not done within `deadlineMs`
   * (wall clock). A job that checks its output reports the end of its timed
   * part first; the check then has `afterTimed` more.
   */
  run(job: Job, deadlineMs: number, afterTimed = 120_000): Promise<Outcome> {
    // tsx lets the child import the TypeScript sources directly, as vitest does for the tests.
    const w = (this.worker ??= fork(CHILD, [], { execArgv: ['--expose-gc', '--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }));
    const t0 = performance.now();
    return new Promise((resolve) => {
      const done = (o: Outcome): void => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onError);
        resolve(o);
      };
      const onMessage = (m: { ok: true; result: RunResult } | { ok: false; error: string } | { timed: number }): void => {
        if ('timed' in m) {
          // The timed run is over within its deadline; what follows (checking the output) only has the hang guard.
          clearTimeout(timer);
          timer = setTimeout(stop, Math.max(afterTimed, 1));
          return;
        }
        done(m.ok ? m : { ok: false, timedOut: false, error: m.error });
      };
      const onError = (err: Error | number | null): void => {
        this.worker = null;
        done({ ok: false, timedOut: false, error: typeof err === 'object' && err ? String(err) : `the timing process exited (${err})` });
      };
      const stop = (): void => {
        w.off('exit', onError);
        w.kill('SIGKILL');
        this.worker = null;
        done({ ok: false, timedOut: true, error: `stopped after ${Math.round(performance.now() - t0)} ms` });
      };
      let timer = setTimeout(stop, deadlineMs);
      w.on('message', onMessage);
      w.on('error', onError);
      w.on('exit', onError);
      w.send(job);
    });
  }

  close(): void {
    this.worker?.kill();
    this.worker = null;
  }
}

export interface Step {
  small: number;
  large: number;
  /** Minimum times over the runs, in ms. */
  smallMs: number;
  largeMs: number;
  ratio: number;
}

export interface Ladder {
  steps: Step[];
  /** Why the ladder failed, or null: a ratio over the limit, a stopped run, an exception, invalid output. */
  failure: string | null;
  /** Findings in the output at the largest size. */
  findings: number;
}

export interface LadderOptions {
  /** Ascending sizes, each `factor` times the one before. */
  sizes: readonly number[];
  /** Highest allowed time ratio between consecutive sizes. */
  limit: number;
  /** Alternating runs of the two sizes of a step. */
  rounds: number;
  /** Extra sets of rounds for a step over the limit, before it counts as a failure. */
  retries: number;
  /**
   * A step whose larger size runs under this is not judged: at a few
   * milliseconds, timer resolution and one garbage collection decide the ratio.
   */
  floorMs: number;
  /** Any one run counts as hung after this long. A guard against waiting for ever, not a timing assertion. */
  hangMs: number;
  /** The size of the untimed warm-up run (compilation, lazily built lexicons); the first size by default. */
  warmUp?: number;
}

export const DEFAULT_LADDER: Omit<LadderOptions, 'sizes'> = { limit: 6, rounds: 1, retries: 2, floorMs: 10, hangMs: 60_000 };

/** Climbs `o.sizes` with `job(size, check)`, stopping at the first step over the limit. */
export async function climb(worker: TimingProcess, job: (size: number, check: boolean) => Job, o: LadderOptions): Promise<Ladder> {
  const steps: Step[] = [];
  let findings = 0;
  const fail = (failure: string, found = findings): Ladder => ({ steps, failure, findings: found });
  const warmUp = o.warmUp ?? o.sizes[0];
  const hung = (size: number, out: Outcome & { ok: false }, deadline: number): string =>
    `${kb(size)}: ${out.timedOut && deadline >= o.hangMs ? `no result in ${o.hangMs / 1000} s (hung)` : out.error}`;
  const warm = await worker.run(job(warmUp, false), o.hangMs);
  if (!warm.ok) return fail(hung(warmUp, warm, o.hangMs));
  // Scaled up linearly to the first size, for that size's deadline.
  let smallGuess = (warm.result.ms * o.sizes[0]) / warmUp;

  for (let i = 0; i + 1 < o.sizes.length; i++) {
    const [a, b] = [o.sizes[i], o.sizes[i + 1]];
    const ta: number[] = [];
    const tb: number[] = [];
    // Quick runs are noisier: repeat them until the small size has had about half a second in all.
    let rounds = o.rounds;
    for (let set = 0; set <= o.retries; set++) {
      for (let r = 0; r < rounds; r++) {
        const da = Math.min(3 * o.limit * smallGuess + 2000, o.hangMs);
        const ra = await worker.run(job(a, false), da);
        if (!ra.ok) return fail(hung(a, ra, da));
        ta.push(ra.result.ms);
        const base = Math.min(...ta);
        // The deadline is wall-clock time, which a loaded machine stretches to two or three times
        // the CPU time measured: three times the limit (plus two seconds) proves the ratio is over it.
        const db = Math.min(3 * o.limit * base + 2000, o.hangMs);
        // The first run at the largest size also checks its output (after timing it).
        const checkNow = i + 2 === o.sizes.length && tb.length === 0;
        const rb = await worker.run(job(b, checkNow), db);
        if (!rb.ok) return fail(rb.timedOut && db < o.hangMs ? `${kb(b)}: ${rb.error}, over ${3 * o.limit}× the ${kb(a)} time of ${base.toFixed(1)} ms` : hung(b, rb, db));
        tb.push(rb.result.ms);
        findings = rb.result.findings || findings;
        if (rb.result.problems.length > 0) return fail(`invalid output at ${kb(b)}: ${rb.result.problems.join('; ')}`, rb.result.findings);
      }
      rounds = Math.min(10, Math.max(o.rounds, Math.ceil(500 / Math.max(1, Math.min(...ta)))));
      const step = { small: a, large: b, smallMs: Math.min(...ta), largeMs: Math.min(...tb), ratio: Math.min(...tb) / Math.min(...ta) };
      if (step.ratio <= o.limit || step.largeMs < o.floorMs || set === o.retries) {
        steps.push(step);
        if (step.ratio > o.limit && step.largeMs >= o.floorMs) {
          return fail(`${kb(a)} → ${kb(b)} took ${step.ratio.toFixed(1)}× as long (limit ${o.limit}×), ${ta.length} runs each`);
        }
        break;
      }
    }
    smallGuess = steps[steps.length - 1].largeMs;
  }

  return { steps, failure: null, findings };
}

export function kb(size: number): string {
  return size >= 1024 * 1024 ? `${+(size / 1024 / 1024).toFixed(1)} MB` : `${Math.round(size / 1024)} KB`;
}

/** "64 KB 12.0 ms → 256 KB 47.0 ms (3.9×) → …" for logs and reports. */
export function describeLadder(l: Ladder): string {
  if (l.steps.length === 0) return '(no step measured)';
  const first = l.steps[0];
  return [`${kb(first.small)} ${first.smallMs.toFixed(1)} ms`, ...l.steps.map((s) => `${kb(s.large)} ${s.largeMs.toFixed(1)} ms (${s.ratio.toFixed(1)}×)`)].join(' → ');
}
