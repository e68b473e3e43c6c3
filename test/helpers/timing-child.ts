// Runs timed jobs in a child process, so that a test can stop a run that has
// become too slow (killing the process stops even a busy regex), and so that
// the time measured is this process's own CPU time: other processes loading
// the machine (a CI neighbour, vitest's other workers) slow the wall clock but
// not the CPU time a run needs. Started by linear-time.ts; one message is one run.
import { mine } from '../../src/index.js';
import type { DocResult } from '../../src/types.js';
import { invariantProblems } from './invariants.js';
import { PATHOLOGICAL } from './pathological.js';

export type Job =
  /** mine() on a pathological case built at `size`; with `check`, its output is checked too (after timing). */
  | { kind: 'mine'; caseName: string; size: number; check?: boolean }
  /** A regular expression scanned over an attack string (each pump repeated, `size` in all), the way the pipeline uses it. */
  | { kind: 'regex'; source: string; flags: string; pumps: Pump[]; suffix: string; size: number }
  /** One regular expression over many adversarial inputs at two sizes; see sweep(). */
  | { kind: 'sweep'; source: string; flags: string; inputs: Adversarial[]; small: number; large: number; limit: number; floorMs: number };

/** prefix + unit repeated to a size + suffix. */
export interface Adversarial {
  prefix: string;
  unit: string;
  suffix: string;
}

/** Part of an attack string: `prefix`, then `pump` repeated (as recheck describes its attacks). */
export interface Pump {
  prefix: string;
  pump: string;
}

/** An input whose large size took over `limit` times the small one (and over the floor). */
export interface SweepFailure extends Adversarial {
  smallMs: number;
  largeMs: number;
}

export interface RunResult {
  ms: number;
  findings: number;
  problems: string[];
  /** For a sweep: the inputs that were not linear. */
  failures?: SweepFailure[];
}

// The last few inputs, so that alternating runs at two sizes do not rebuild them.
const inputs = new Map<string, string>();
function input(key: string, build: () => string): string {
  let s = inputs.get(key);
  if (s === undefined) {
    if (inputs.size >= 4) inputs.delete(inputs.keys().next().value!);
    s = build();
    inputs.set(key, s);
  }
  return s;
}

/**
 * A full garbage collection before each timed run (the child runs with
 * --expose-gc), so that no run pays for the garbage of the one before, and a
 * small input is not timed in a run that happens to need no collection at all.
 */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => {});

/** CPU time of this process (user + system), in ms. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function count(d: DocResult): number {
  return d.numbers.length + d.dates.length + d.people.length + d.places.length + d.quotes.length;
}

function run(job: Job): RunResult {
  if (job.kind === 'mine') {
    const c = PATHOLOGICAL.find((x) => x.name === job.caseName);
    if (!c) throw new Error(`no pathological case named ${job.caseName}`);
    const text = input(`${c.name}:${job.size}`, () => c.build(job.size));
    collect();
    const t0 = cpuMs();
    const out = mine(text);
    const ms = cpuMs() - t0;
    // Tell the parent the timed part is over: checking the output may take a while longer.
    if (job.check) process.send!({ timed: ms });
    return { ms, findings: count(out), problems: job.check ? invariantProblems(text, out) : [] };
  }
  if (job.kind === 'sweep') return sweep(job);
  const text = input(`${JSON.stringify(job.pumps)}\0${job.suffix}:${job.size}`, () => {
    const k = Math.max(1, Math.ceil(job.size / job.pumps.reduce((n, p) => n + p.pump.length, 0)));
    return job.pumps.map((p) => p.prefix + p.pump.repeat(k)).join('') + job.suffix;
  });
  const re = new RegExp(job.source, job.flags);
  collect();
  const t0 = cpuMs();
  const findings = scan(re, text);
  return { ms: cpuMs() - t0, findings, problems: [] };
}

function build(a: Adversarial, size: number): string {
  return a.prefix + a.unit.repeat(Math.max(1, Math.ceil(size / a.unit.length))) + a.suffix;
}

/**
 * Each input at the large size, then (if that was over the floor) at the small
 * size; an input over the limit is measured up to three more times at each
 * size and judged on the minimum, so a garbage collection in one run does not
 * fail it.
 * Stops at the first failure.
 */
function sweep(job: Extract<Job, { kind: 'sweep' }>): RunResult {
  const re = new RegExp(job.source, job.flags);
  const t0 = cpuMs();
  const time = (text: string): number => {
    const t = cpuMs();
    scan(re, text);
    return cpuMs() - t;
  };
  for (const a of job.inputs) {
    const large = build(a, job.large);
    let largeMs = time(large);
    // Most inputs end here: under the floor at the large size is linear whatever the small size took.
    if (largeMs < job.floorMs) continue;
    const small = build(a, job.small);
    let smallMs = time(small);
    for (let r = 0; r < 3 && largeMs > job.limit * smallMs; r++) {
      smallMs = Math.min(smallMs, time(small));
      largeMs = Math.min(largeMs, time(large));
    }
    if (largeMs >= job.floorMs && largeMs > job.limit * smallMs) {
      return { ms: cpuMs() - t0, findings: 0, problems: [], failures: [{ ...a, smallMs, largeMs }] };
    }
  }
  return { ms: cpuMs() - t0, findings: 0, problems: [], failures: [] };
}

/** Every match, as runParsers finds them (a non-global pattern is tried once, which tries every start). */
function scan(re: RegExp, text: string): number {
  re.lastIndex = 0;
  if (!re.global && !re.sticky) return re.exec(text) ? 1 : 0;
  let n = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    n++;
    if (m[0].length === 0) re.lastIndex++;
  }
  return n;
}

process.on('message', (job: Job) => {
  try {
    process.send!({ ok: true, result: run(job) });
  } catch (err) {
    process.send!({ ok: false, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  }
});
// Leave with the test run, whatever happens to it.
process.on('disconnect', () => process.exit(0));
