import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mine } from '../src/index.js';

// The README's examples must work as written: the jq recipes run against the
// seeds, and the library example gives what its comments say.
const ROOT = path.resolve(import.meta.dirname, '..');
const README = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const hasJq = spawnSync('jq', ['--version']).status === 0;

function recipes(): string[] {
  const section = README.slice(README.indexOf('## jq recipes'));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block.split('\n').filter((l) => l.startsWith('npx newsmine '));
}

describe('README', () => {
  it('has at least five jq recipes', () => {
    expect(recipes().length).toBeGreaterThanOrEqual(5);
  });

  for (const command of recipes()) {
    it.skipIf(!hasJq)(`recipe works: ${command.slice(0, 90)}`, () => {
      const r = spawnSync('bash', ['-o', 'pipefail', '-c', command.replace(/^npx newsmine /, `${JSON.stringify(process.execPath)} bin/newsmine.js `)], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(1);
      expect(r.stdout.trim()).not.toBe('');
    });
  }

  it('the library example gives what its comments say', () => {
    const doc = mine('“This offensive has already begun,” Gen. Oleksandr Syrskyi said on Tuesday.', { refDate: '2025-04-10' });
    expect(doc.quotes[0].speaker).toEqual({ name: 'Oleksandr Syrskyi', start: 41, end: 58 });
    expect(doc.dates[0].value).toBe('2025-04-08');
  });
});
