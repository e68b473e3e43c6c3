import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { run } from '../../src/cli/index.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the command line in-process with captured streams. */
export async function runCli(
  argv: string[],
  options: { stdin?: string | Buffer; env?: Record<string, string>; tty?: boolean; columns?: number } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run({
    argv,
    stdin: options.stdin === undefined ? undefined : Readable.from([Buffer.from(options.stdin)]),
    stdout: { write: (s: string) => (stdout += s), isTTY: options.tty ?? false, columns: options.columns },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    env: options.env ?? {},
  });
  return { code, stdout, stderr };
}

/** A fresh temporary folder, removed by the returned cleanup function. */
export function tempDir(prefix = 'newsmine-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
