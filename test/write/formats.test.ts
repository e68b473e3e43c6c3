import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvField, csvRows } from '../../src/write/csv.js';
import { toContract } from '../../src/write/contract.js';
import type { DocResult } from '../../src/types.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { schemaErrors } from '../helpers/schema.js';

/** A hand-made result with one finding of each kind (UTF-16 offsets, emoji first). */
function sample(): { text: string; result: DocResult } {
  const text = '🇺🇦 “It is begun,” Zelenskyy said in Kyiv on April 9 about 155 soldiers.';
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s });
  const result: DocResult = {
    id: 'sample', path: null, format: 'text', title: null, published: null, authors: [], url: null,
    referenceDate: '2025-04-10', paragraphs: [{ start: 0, end: text.length }], sentences: [{ start: 0, end: text.length }], boilerplate: [],
    numbers: [{ ...at('155'), value: 155, kind: 'cardinal', approximate: 'about', unit: null, subject: 'soldiers' }],
    dates: [{ ...at('April 9'), kind: 'date', value: '2025-04-09' }],
    people: [{ ...at('Zelenskyy'), name: 'Volodymyr Zelenskyy', title: null }],
    places: [{ ...at('Kyiv'), name: 'Kyiv', kind: 'city', country: 'UA' }],
    quotes: [{ ...at('It is begun,'), kind: 'direct', speaker: { name: 'Volodymyr Zelenskyy', ...at('Zelenskyy') }, cue: 'said', closed: true }],
  };
  return { text, result };
}

describe('the contract edge', () => {
  it('converts UTF-16 offsets to code points after astral characters, for findings and speakers', () => {
    const { text, result } = sample();
    const out = toContract(result, text);
    const chars = Array.from(text);
    const slice = (s: { start: number; end: number }) => chars.slice(s.start, s.end).join('');
    for (const f of [...out.numbers, ...out.dates, ...out.people, ...out.places, ...out.quotes]) expect(slice(f)).toBe(f.text);
    expect(slice(out.quotes[0].speaker!)).toBe('Zelenskyy');
    // 🇺🇦 is two code points but four UTF-16 units.
    expect(out.people[0].start).toBe(result.people[0].start - 2);
    expect(schemaErrors({ schemaVersion: 1, documents: [out] })).toEqual([]);
  });

  it('the schema rejects a missing key and a bad kind', () => {
    const { text, result } = sample();
    const out = toContract(result, text) as unknown as Record<string, unknown>;
    delete out.places;
    expect(schemaErrors({ schemaVersion: 1, documents: [out] }).join()).toMatch(/places/);
    const bad = toContract({ ...result, numbers: [{ ...result.numbers[0], kind: 'lots' as never }] }, text);
    expect(schemaErrors({ schemaVersion: 1, documents: [bad] }).join()).toMatch(/numbers\/0\/kind/);
  });

  it('CSV: one finding per row in text order, RFC 4180 quoting', () => {
    const { text, result } = sample();
    const rows = csvRows(toContract(result, text));
    expect(rows.map((r) => r[1])).toEqual(['quote', 'person', 'place', 'date', 'number']);
    const cpStart = Array.from(text.slice(0, text.indexOf('155'))).length;
    expect(rows[4]).toEqual(['sample', 'number', cpStart, cpStart + 3, '155', 155, 'kind=cardinal; approximate=about; subject=soldiers']);
    expect(csvField('a "b", c')).toBe('"a ""b"", c"');
    expect(csvField(null)).toBe('');
  });
});

describe('extract output formats', () => {
  const t = tempDir();
  const file = (n: string) => path.join(t.dir, n);
  beforeAll(() => {
    writeFileSync(file('a.txt'), 'First article. It has two sentences.');
    writeFileSync(file('b.txt'), 'Nothing to see here.');
  });
  afterAll(() => t.cleanup());

  it('json when stdout is not a terminal; valid against the schema', async () => {
    const r = await runCli(['extract', file('a.txt'), file('b.txt')]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.schemaVersion).toBe(1);
    expect(out.documents).toHaveLength(2);
    expect(schemaErrors(out)).toEqual([]);
  });

  it('table when stdout is a terminal, with no colour codes when NO_COLOR is set', async () => {
    const r = await runCli(['extract', file('a.txt')], { tty: true, env: { NO_COLOR: '1' } });
    expect(r.stdout).toContain(file('a.txt'));
    expect(r.stdout).toMatch(/1 document: /);
    expect(r.stdout).not.toMatch(/\x1b\[/);
  });

  it('colour: on a TTY by default, never with --no-color, forced by FORCE_COLOR', async () => {
    expect((await runCli(['extract', file('a.txt')], { tty: true })).stdout).toMatch(/\x1b\[/);
    expect((await runCli(['extract', file('a.txt'), '--no-color'], { tty: true })).stdout).not.toMatch(/\x1b\[/);
    expect((await runCli(['extract', file('a.txt'), '-f', 'table'], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\x1b\[/);
    expect((await runCli(['extract', file('a.txt'), '-f', 'table'])).stdout).not.toMatch(/\x1b\[/);
  });

  it('jsonl: one document object per line', async () => {
    const r = await runCli(['extract', file('a.txt'), file('b.txt'), '--format', 'jsonl']);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(schemaErrors({ schemaVersion: 1, documents: [JSON.parse(l)] })).toEqual([]);
  });

  it('csv: a header even with no findings', async () => {
    const r = await runCli(['extract', file('b.txt'), '--format', 'csv']);
    expect(r.stdout).toBe('document,kind,start,end,text,value,detail\r\n');
  });

  it('--text includes the text; --only empties the other kinds', async () => {
    const r = await runCli(['extract', file('a.txt'), '--format', 'json', '--text', '--only', 'people']);
    const [doc] = JSON.parse(r.stdout).documents;
    expect(doc.text).toBe('First article. It has two sentences.');
    expect(Object.keys(doc)).toContain('numbers');
  });

  it('--out writes the file atomically and leaves no temporary file', async () => {
    const out = file('out.json');
    const r = await runCli(['extract', file('a.txt'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(out, 'utf8')).documents).toHaveLength(1);
    expect(readdirSync(t.dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('--out into a missing folder is a clear error, and nothing is created', async () => {
    const r = await runCli(['extract', file('a.txt'), '--out', file('no/such/dir/out.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write .*out\.json/);
    expect(existsSync(file('no'))).toBe(false);
  });
});
