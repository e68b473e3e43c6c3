import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/cli.js';
import { schemaErrors } from '../helpers/schema.js';

// These run the real bin/newsmine.js (built by `npm test`'s pretest) as a user would.
const BIN = path.resolve(import.meta.dirname, '../../bin/newsmine.js');
const SEEDS = path.resolve(import.meta.dirname, '../../seeds');
const hasJq = spawnSync('jq', ['--version']).status === 0;

function newsmine(args: string[], input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('bin/newsmine.js', () => {
  const t = tempDir();
  const astral = path.join(t.dir, 'astral.txt');
  beforeAll(() => {
    // Astral characters (emoji, mathematical letters) before every finding shift UTF-16 indices but not code points.
    writeFileSync(astral, '🇺🇦🔥 Ukrainian President Volodymyr Zelenskyy said on April 9 that 155 Chinese citizens were fighting.\r\n' +
      '𝐁𝐫𝐞𝐚𝐤𝐢𝐧𝐠: “This offensive has already begun,” Gen. Oleksandr Syrskyi said in Kyiv. 😀 It cost $3,500.\n');
  });
  afterAll(() => t.cleanup());

  it('extracts the seeds as schema-valid JSON when piped', () => {
    const r = newsmine(['extract', SEEDS]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.documents.map((d: { id: string }) => path.basename(d.id))).toEqual([
      '000_fb812dc363c76c5f.txt', '001_94f9442ad72cc1bb.txt', '002_714d107851965d37.txt', '003_ffa6c65ca41ad220.txt', '004_ecd791661a663c1e.txt',
    ]);
    expect(schemaErrors(out)).toEqual([]);
  });

  it('reads standard input with -', () => {
    const r = newsmine(['extract', '-', '--format', 'jsonl', '--text'], 'Piped text. Two sentences.');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: '-', text: 'Piped text. Two sentences.', sentences: [{ start: 0, end: 11 }, { start: 12, end: 26 }] });
  });

  it('exits 2 with usage on stderr for an unknown option', () => {
    const r = newsmine(['extract', '--nope']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/unknown option/);
  });

  it.skipIf(!hasJq)('jq slices the text with the printed offsets (code points), astral characters and CRLF included', () => {
    const json = execFileSync(process.execPath, [BIN, 'extract', astral, `${SEEDS}/`, '--text', '--format', 'json'], { encoding: 'utf8' });
    // For each document: every sentence sliced by jq, and every finding as [jq's slice, its own text].
    const sliced = JSON.parse(
      execFileSync('jq', ['-c', '[.documents[] | .text as $t | {sentences: [.sentences[] | $t[.start:.end]], findings: [(.numbers, .dates, .people, .places, .quotes)[] | [$t[.start:.end], .text]]}]'], { input: json, encoding: 'utf8' }),
    ) as { sentences: string[]; findings: [string, string][] }[];
    const docs = JSON.parse(json).documents as { text: string; sentences: { start: number; end: number }[] }[];
    expect(sliced).toHaveLength(6);
    docs.forEach((d, i) => {
      const chars = Array.from(d.text);
      expect(sliced[i].sentences.length).toBeGreaterThan(0);
      expect(sliced[i].sentences).toEqual(d.sentences.map((s) => chars.slice(s.start, s.end).join('')));
      for (const [cut, text] of sliced[i].findings) expect(cut).toBe(text);
    });
    expect(sliced[0].sentences[0]).toMatch(/^🇺🇦🔥 Ukrainian President/);
    // Not vacuous: every kind is found after the astral characters, and the seeds hold hundreds of findings.
    const astralDoc = JSON.parse(json).documents[0];
    for (const kind of ['numbers', 'dates', 'people', 'places', 'quotes']) expect(astralDoc[kind].length, kind).toBeGreaterThan(0);
    expect(sliced.reduce((n, d) => n + d.findings.length, 0)).toBeGreaterThan(300);
  });
});
