// bench/score.ts, the scoreboard runner, and its fixtures scorer.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderTable, scoreBlock, withScoreBlock } from '../../bench/score.js';
import { scorer as fixtures } from '../../bench/score/fixtures.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const block = scoreBlock('| t |', new Date('2025-04-11T12:00:00Z'), 'abc1234', 42.4);

function score(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), ['bench/score.ts', ...args], {
    cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the docs/quality.md block', () => {
  it('says when, at which commit and how long', () => {
    expect(block).toBe('<!-- score:begin -->\nMeasured 2025-04-11 at commit abc1234 with `npm run score` (42 s).\n\n| t |\n<!-- score:end -->');
  });

  it.each([
    ['replaces only what is between the markers', '# Q\n\nintro\n\n<!-- score:begin -->\nold\n<!-- score:end -->\n\nafter\n', `# Q\n\nintro\n\n${block}\n\nafter\n`],
    ['appends the block to a document without markers', '# Q\n\nintro\n', `# Q\n\nintro\n\n${block}\n`],
    ['creates the document when there is none', null, `# Quality\n\n${block}\n`],
  ])('%s', (_label, doc, want) => {
    expect(withScoreBlock(doc, block)).toBe(want);
  });
});

describe('renderTable', () => {
  it('marks each row against its target', () => {
    expect(renderTable([
      { set: 's', metric: 'F1', value: 0.9, target: 0.85, n: 10 },
      { set: 's', metric: 'acc', value: 0.5, target: 0.8 },
      { set: 's', metric: 'count', value: 12 },
    ])).toBe([
      '| set | metric | value | target | n |', '| --- | --- | ---: | ---: | ---: |',
      '| s | F1 | 0.900 ✓ | 0.850 | 10 |', '| s | acc | 0.500 ✗ | 0.800 |  |', '| s | count | 12 |  |  |',
    ].join('\n'));
  });
});

describe('npm run score', () => {
  it('without ../shared/dev: says so plainly, runs what needs no dev data, exits 0', () => {
    const r = score([], { NEWSMINE_SHARED: '/nonexistent-shared' });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('no development data at /nonexistent-shared/dev');
    expect(r.stderr).toMatch(/total: \d+\.\d s/);
  });

  it('refuses to write a partial table to docs/quality.md', () => {
    const file = path.join(ROOT, 'docs', 'quality.md');
    const before = existsSync(file) ? readFileSync(file, 'utf8') : null;
    const r = score(['--write'], { NEWSMINE_SHARED: '/nonexistent-shared' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not writing docs/quality.md');
    expect(existsSync(file) ? readFileSync(file, 'utf8') : null).toBe(before);
  });

  it.each([
    [['no-such-scorer'], /no scorer named no-such-scorer \(have: .*fixtures/],
    [['--bogus'], /unknown option --bogus/],
    [['fixtures', '--write'], /--write records the full scoreboard/],
  ])('%j is a usage error (exit 2)', (args, message) => {
    const r = score(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('the fixtures scorer', () => {
  it('needs nothing from ../shared and reports F1 rows for the kinds fixtures/ scores', async () => {
    expect(fixtures.needs).toEqual([]);
    const rows = await fixtures.run('/nonexistent');
    for (const r of rows) {
      expect(r.set).toBe('fixtures (hand-annotated)');
      expect(r.metric).toMatch(/^\w+ (F1|value accuracy)$/);
      expect(r.value).toBeGreaterThanOrEqual(0);
      expect(r.value).toBeLessThanOrEqual(1);
    }
  });
});
