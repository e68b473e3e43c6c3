import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';

const BIN = path.resolve(import.meta.dirname, '../../bin/newsmine.js');

describe('SIGINT', () => {
  const t = tempDir();
  afterAll(() => t.cleanup());

  it('stops cleanly with a message and exit 130, leaving no --out file and no temporary file', async () => {
    const out = path.join(t.dir, 'out.json');
    const child = spawn(process.execPath, [BIN, 'extract', '-', '--input-format', 'jsonl', '--out', out], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Some records, then the input stays open: the run is mid-way when interrupted.
    for (let i = 0; i < 50; i++) child.stdin.write(JSON.stringify({ id: `r${i}`, text: `Record ${i} about Kyiv on Tuesday.` }) + '\n');
    // Interrupt only once the run is under way (its temporary --out file exists): a loaded
    // machine can take a second just to start node, before the handler is installed.
    for (let waited = 0; waited < 20_000 && !readdirSync(t.dir).some((n) => n.endsWith('.tmp')); waited += 50) {
      await new Promise((ok) => setTimeout(ok, 50));
    }
    expect(readdirSync(t.dir).some((n) => n.endsWith('.tmp'))).toBe(true);
    const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    child.kill('SIGINT');
    const code = await exited;
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted; .*out\.json was not written/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(t.dir)).toEqual([]);
  });
});
