import type { Readable } from 'node:stream';

/** Everything the command line touches from outside, so tests can run it in-process. */
export interface CliIO {
  argv: readonly string[];
  stdin?: Readable;
  stdout: { write(chunk: string): unknown; isTTY?: boolean; columns?: number };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** Aborted on SIGINT: the run stops, removes any half-written --out file and exits 130. */
  signal?: AbortSignal;
}

/** A mistake in how newsmine was called: exit 2 with a hint. */
export class UsageError extends Error {}

export const EXIT = { ok: 0, checkFailed: 1, usage: 2, inputFailed: 3, interrupted: 130 } as const;

/**
 * Colour on a terminal only; never with NO_COLOR or --no-color; FORCE_COLOR
 * forces it (https://no-color.org, https://force-color.org).
 */
export function useColor(stream: { isTTY?: boolean }, env: CliIO['env'], flag: boolean): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return Boolean(stream.isTTY);
}
