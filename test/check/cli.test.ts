import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { casePath, cli } from './helpers.js';

vi.mock('../../src/pipeline.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/pipeline.js')>();
  const { scripted } = await import('./scripted.js');
  return { ...real, mineDoc: scripted(real.mineDoc) };
});

describe('newsmine check: one case at a time', () => {
  it('passes (exit 0) when the output matches expected.json exactly', async () => {
    const r = await cli(['check', casePath('exact')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PASS: every case matches its expected.json');
    expect(r.stdout).toMatch(/^numbers +1 +1 +1 +1 +1\.000 +1\.000 +1\.000 +1\.000 +1\.000/m);
    expect(r.stdout).toContain('document fields correct: referenceDate 1/1');
  });

  it('a missing finding fails, naming the kind, the span, the text and its context', async () => {
    const r = await cli(['check', casePath('missing')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAIL  1 missing');
    expect(r.stdout).toMatch(/places +missing +0–4 “KYIV”/);
    expect(r.stdout).toContain('⟦KYIV⟧ — More than 150 Chinese');
    expect(r.stdout).toMatch(/^places +1 +2 +1 +1 +1\.000 +0\.500 +0\.667/m);
  });

  it('an extra finding fails', async () => {
    const r = await cli(['check', casePath('extra')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/people +extra +21–28 “Chinese”/);
    expect(r.stdout).toContain('More than 150 ⟦Chinese⟧ citizens');
    expect(r.stdout).toMatch(/^people +1 +2 +3 +2 +0\.667 +1\.000 +0\.800/m);
  });

  it('a wrong value fails, with expected and found value, and lowers value accuracy only', async () => {
    const r = await cli(['check', casePath('wrong-value')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/numbers +wrong +17–20 “150” +value: expected 150, got 15/);
    expect(r.stdout).toMatch(/^numbers +1 +1 +1 +1 +1\.000 +1\.000 +1\.000 +0\.000 +1\.000/m);
  });

  it('a wrong speaker fails, showing name and span of each', async () => {
    const r = await cli(['check', casePath('wrong-speaker')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'speaker: expected "Volodymyr Zelensky" @132–140, got "Volodymyr Zelensky" @73–91',
    );
  });

  it('scores sentences with the real pipeline when nothing is scripted', async () => {
    const r = await cli(['check', casePath('real')]);
    expect(r.stdout).toMatch(/^sentences +1 +2 +2 +2 +1\.000/m);
    expect(r.code).toBe(0);
  });

  it('--kinds leaves the other kinds unscored', async () => {
    const r = await cli(['check', casePath('missing'), '--kinds', 'numbers,person']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/^places/m);
    expect(r.stdout).toMatch(/^people/m);
  });
});

describe('newsmine check --min-f1', () => {
  const scores = casePath('scores');
  it('without it, any difference fails', async () => {
    const r = await cli(['check', scores]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^numbers +2 +5 +5 +4 +0\.800 +0\.800 +0\.800/m);
    expect(r.stdout).toMatch(/^quotes +2 +2 +2 +2 +1\.000 +1\.000 +1\.000/m);
  });

  it('per kind: passes when every floor holds', async () => {
    const r = await cli(['check', scores, '--min-f1', 'numbers=0.8,quotes=1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PASS: every F1 floor holds');
  });

  it('per kind: fails when one floor does not, and says which', async () => {
    const r = await cli(['check', scores, '--min-f1', 'numbers=0.81,quotes=1']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('numbers: F1 0.800 is below its floor 0.81');
    expect(r.stdout).not.toContain('quotes: F1');
  });

  it('a kind without a floor is not gated', async () => {
    expect((await cli(['check', scores, '--min-f1', 'quotes=0.99'])).code).toBe(0);
  });

  it('one number is a floor for every kind; kind=X overrides it', async () => {
    expect((await cli(['check', scores, '--min-f1', '0.9'])).code).toBe(1);
    expect((await cli(['check', scores, '--min-f1', '0.9,numbers=0.5'])).code).toBe(0);
  });
});

describe('newsmine check: broken cases and exit codes', () => {
  it('invalid JSON: path, reason and line; exit 2 when nothing could be checked', async () => {
    const r = await cli(['check', casePath('broken-json')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/broken-json\/expected\.json: invalid JSON at line 3 column 29: Expected double-quoted property name\n/);
    expect(r.stderr).toContain('no case could be checked');
  });

  it('offsets that do not slice to text', async () => {
    const r = await cli(['check', casePath('broken-offsets')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('numbers[0] (17–20): text "15" does not match the input there, which reads "150"');
  });

  it('an unknown kind', async () => {
    const r = await cli(['check', casePath('broken-kind')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('broken-kind/expected.json: unknown kind "persons"');
  });

  it('a broken case among good ones is a failure (exit 1), reported in place', async () => {
    const r = await cli(['check', casePath('exact'), casePath('broken-kind'), '--min-f1', '0']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/broken-kind +BROKEN/);
    expect(r.stdout).toContain('2 cases: 1 passed, 0 failed, 1 broken');
  });

  it.each([
    [['check', '--min-f1', '1.5', casePath('exact')], /F1 scores between 0 and 1/],
    [['check', '--min-f1', 'nouns=0.5', casePath('exact')], /unknown kind "nouns"/],
    [['check', '--kinds', 'nouns', casePath('exact')], /unknown kind "nouns"/],
    [['check', '--bogus', casePath('exact')], /unknown option '--bogus'/],
    [['check', '--update', '--min-f1', '0.5', casePath('exact')], /cannot be combined/],
    [['check', casePath('does-not-exist')], /does-not-exist: no such file or directory/],
    [['check', casePath('exact', 'output.json')], /not part of a case/],
  ])('usage error (exit 2): %j', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('a folder without cases is exit 2', async () => {
    const r = await cli(['check', casePath('..', '..', '..', 'schema')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no cases found here');
  });

  it('a file inside a case names that case', async () => {
    expect((await cli(['check', casePath('exact', 'expected.json')])).code).toBe(0);
  });
});

describe('newsmine check --format json', () => {
  it('has a stable shape', async () => {
    const r = await cli(['check', casePath('wrong-value'), casePath('broken-kind'), '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['checkVersion', 'passed', 'mode', 'summary', 'kinds', 'document', 'cases']);
    expect(report).toMatchObject({ checkVersion: 1, passed: false, mode: 'exact', summary: { cases: 2, passed: 0, failed: 1, broken: 1 } });
    expect(Object.keys(report.kinds)).toEqual(['numbers', 'dates', 'people', 'places', 'quotes', 'sentences', 'paragraphs', 'boilerplate']);
    expect(Object.keys(report.kinds.numbers)).toEqual([
      'cases', 'expected', 'found', 'matched', 'valueChecked', 'valueCorrect', 'detailChecked', 'detailCorrect',
      'precision', 'recall', 'f1', 'valueAccuracy', 'detailAccuracy', 'floor', 'passed',
    ]);
    expect(report.kinds.numbers).toMatchObject({ f1: 1, valueAccuracy: 0, detailAccuracy: 1 });
    expect(report.kinds.dates).toMatchObject({ cases: 0, f1: null });
    expect(report.document.referenceDate).toEqual({ checked: 1, correct: 1 });
    const [wrong, broken] = report.cases;
    expect(Object.keys(wrong)).toEqual(['path', 'input', 'status', 'errors', 'warnings', 'kinds', 'counts', 'document', 'differences']);
    expect(wrong.differences).toEqual([{
      type: 'wrong', kind: 'numbers', start: 17, end: 20, text: '150', field: 'value', expected: 150, got: 15,
      before: 'KYIV — More than ', after: ' Chinese citizens are fighting for Russi',
    }]);
    expect(broken.status).toBe('broken');
    expect(broken.errors[0]).toMatch(/unknown kind "persons"/);
    expect(r.stderr).toMatch(/unknown kind "persons"/);
  });

  it('is printed even when no case could be checked (exit 2)', async () => {
    const r = await cli(['check', casePath('broken-json'), '--format', 'json']);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ passed: false, summary: { cases: 1, broken: 1 } });
  });
});

describe('colour', () => {
  it('only on a terminal, never with NO_COLOR', async () => {
    const esc = '\u001b[';
    expect((await cli(['check', casePath('missing')])).stdout).not.toContain(esc);
    expect((await cli(['check', casePath('missing')], {}, true)).stdout).toContain(esc);
    expect((await cli(['check', casePath('missing')], { NO_COLOR: '1' }, true)).stdout).not.toContain(esc);
    expect((await cli(['check', casePath('missing'), '--no-color'], {}, true)).stdout).not.toContain(esc);
  });
});

describe('warnings', () => {
  it('a case that scores dates without a referenceDate is warned about on stderr', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'newsmine-check-'));
    try {
      cpSync(casePath('real'), dir, { recursive: true });
      writeFileSync(path.join(dir, 'expected.json'), '{"dates": []}');
      const r = await cli(['check', dir]);
      expect(r.stderr).toContain('no referenceDate, so relative dates');
      expect((await cli(['check', dir, '-q'])).stderr).toBe('');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
