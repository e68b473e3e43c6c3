import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { casePath, cli } from './helpers.js';

vi.mock('../../src/pipeline.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/pipeline.js')>();
  const { scripted } = await import('./scripted.js');
  return { ...real, mineDoc: scripted(real.mineDoc) };
});

let tmp: string;
beforeEach(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'newsmine-check-'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

const copy = (name: string) => {
  const dir = path.join(tmp, name);
  cpSync(casePath(name), dir, { recursive: true });
  return dir;
};
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('newsmine check --update', () => {
  it('round trip: rewrites the changed kinds, keeps notes and referenceDate, then passes and is stable', async () => {
    const dir = copy('wrong-value');
    const before = readJson(path.join(dir, 'expected.json'));
    expect((await cli(['check', dir])).code).toBe(1);

    const r = await cli(['check', dir, '--update']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${dir}: updated, 1 finding changed (numbers ~1)`);
    const after = readJson(path.join(dir, 'expected.json'));
    expect(after.notes).toBe(before.notes);
    expect(after.referenceDate).toBe(before.referenceDate);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    expect(after.numbers[0].value).toBe(15);
    expect(after.people).toEqual(before.people);

    expect((await cli(['check', dir])).code).toBe(0);
    const again = await cli(['check', dir, '--update']);
    expect(again.stdout).toContain(`${dir}: unchanged, no finding changed`);
  });

  it('counts added and removed findings per kind', async () => {
    const missing = copy('missing');
    const extra = copy('extra');
    const r = await cli(['check', tmp, '--update']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${extra}: updated, 1 finding changed (people +1)`);
    expect(r.stdout).toContain(`${missing}: updated, 1 finding changed (places −1)`);
    expect(r.stdout).toContain('2 cases: 0 created, 2 updated, 0 unchanged, 0 broken');
  });

  it('only writes the kinds the file has', async () => {
    const dir = copy('scores');
    await cli(['check', dir, '--update']);
    const a = readJson(path.join(dir, 'a', 'expected.json'));
    expect(Object.keys(a)).toEqual(['notes', 'referenceDate', 'numbers', 'quotes']);
  });

  it('creates expected.json for a folder with only an input, with every finding kind', async () => {
    const dir = path.join(tmp, 'new-case');
    cpSync(casePath('real'), dir, { recursive: true });
    rmSync(path.join(dir, 'expected.json'));
    expect((await cli(['check', dir])).stderr).toContain('snapshot the output with --update');
    const r = await cli(['check', dir, '--update']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${dir}: created`);
    const created = readJson(path.join(dir, 'expected.json'));
    expect(Object.keys(created)).toEqual(['notes', 'referenceDate', 'numbers', 'dates', 'people', 'places', 'quotes']);
    expect((await cli(['check', dir])).code).toBe(0);
  });

  it('with --kinds, writes exactly those kinds', async () => {
    const dir = copy('real');
    await cli(['check', dir, '--update', '--kinds', 'paragraphs']);
    const exp = readJson(path.join(dir, 'expected.json'));
    expect(Object.keys(exp)).toEqual(['notes', 'referenceDate', 'sentences', 'paragraphs']);
    expect(exp.paragraphs).toEqual([{ start: 0, end: 62 }]);
  });

  it('fixes stale offsets in the kinds it rewrites', async () => {
    const dir = copy('broken-offsets');
    writeFileSync(path.join(dir, 'output.json'), JSON.stringify({ numbers: [] }));
    const r = await cli(['check', dir, '--update']);
    expect(r.code).toBe(0);
    expect(readJson(path.join(dir, 'expected.json')).numbers).toEqual([]);
  });

  it('leaves a file it cannot parse alone (exit 2 when nothing could be updated)', async () => {
    const dir = copy('broken-json');
    const raw = readFileSync(path.join(dir, 'expected.json'), 'utf8');
    const r = await cli(['check', dir, '--update']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/expected\.json: invalid JSON/);
    expect(readFileSync(path.join(dir, 'expected.json'), 'utf8')).toBe(raw);
  });
});

describe('newsmine check --update, stale text', () => {
  it('rewrites a finding whose span still matches but whose text no longer does', async () => {
    const dir = path.join(tmp, 'stale');
    cpSync(casePath('broken-offsets'), dir, { recursive: true });
    const exp = readJson(path.join(dir, 'expected.json'));
    writeFileSync(path.join(dir, 'output.json'), JSON.stringify({ numbers: [{ ...exp.numbers[0], text: '150' }] }));
    const r = await cli(['check', dir, '--update']);
    expect(r.stdout).toContain('1 finding changed (numbers ~1)');
    expect(readJson(path.join(dir, 'expected.json')).numbers[0].text).toBe('150');
    expect((await cli(['check', dir])).code).toBe(0);
  });
});
