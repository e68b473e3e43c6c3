// Shared by the check tests: run the CLI in-process on the cases in cases/.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/index.js';

export const CASES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases');
export const casePath = (...parts: string[]) => path.join(CASES, ...parts);

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(argv: string[], env: Record<string, string | undefined> = {}, isTTY = false): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run({
    argv,
    stdout: { write: (s: string) => (stdout += s), isTTY },
    stderr: { write: (s: string) => (stderr += s), isTTY },
    env,
  });
  return { code, stdout, stderr };
}
