import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/cli.js';

// DESIGN §3: 0 success, 2 usage error, 3 some inputs could not be read (the rest still written).
describe('extract: errors and exit codes', () => {
  const t = tempDir();
  const p = (...parts: string[]) => path.join(t.dir, ...parts);
  beforeAll(() => {
    writeFileSync(p('good.txt'), 'A good article.');
    writeFileSync(p('empty.txt'), '');
    writeFileSync(p('binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]));
    writeFileSync(p('latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e]));
    writeFileSync(p('bad.jsonl'), '{"id":"ok","text":"Fine."}\nnot json\n');
    mkdirSync(p('folder.txt'));
    writeFileSync(p('folder.txt', 'inside.txt'), 'Inside a folder named like a file.');
    mkdirSync(p('empty-folder'));
    writeFileSync(p('empty-folder', 'notes.pdf'), '%PDF');
  });
  afterAll(() => t.cleanup());

  const ids = (stdout: string) => (JSON.parse(stdout) as { documents: { id: string }[] }).documents.map((d) => path.relative(t.dir, d.id));

  it('a non-existent path: named on stderr, exit 3, other inputs still written', async () => {
    const r = await runCli(['extract', p('nope.txt'), p('good.txt'), '--format', 'json']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${p('nope.txt')}: no such file or directory`);
    expect(ids(r.stdout)).toEqual(['good.txt']);
  });

  it('a folder with no supported files: named, exit 3', async () => {
    const r = await runCli(['extract', p('empty-folder'), '--format', 'json']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${p('empty-folder')}: no supported files in this folder`);
    expect(ids(r.stdout)).toEqual([]);
  });

  it('a directory named like a file is read as a folder', async () => {
    const r = await runCli(['extract', p('folder.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(ids(r.stdout)).toEqual(['folder.txt/inside.txt']);
  });

  it('binary content is refused, by name, exit 3', async () => {
    const r = await runCli(['extract', p('binary.txt'), p('good.txt'), '--format', 'json']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${p('binary.txt')}: binary content`);
    expect(ids(r.stdout)).toEqual(['good.txt']);
  });

  it('invalid UTF-8 is decoded with replacement characters and a warning (exit 0)', async () => {
    const r = await runCli(['extract', p('latin1.txt'), '--format', 'json', '--text']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`warning: ${p('latin1.txt')}: invalid UTF-8 at byte 3`);
    expect(JSON.parse(r.stdout).documents[0].text).toBe('caf\uFFFD.');
  });

  it('an empty file is a document with no findings, not an error', async () => {
    const r = await runCli(['extract', p('empty.txt'), '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [doc] = JSON.parse(r.stdout).documents;
    expect(doc).toMatchObject({ sentences: [], paragraphs: [], numbers: [], people: [] });
  });

  it('a malformed JSONL line is reported with file and line; the other lines are processed', async () => {
    const r = await runCli(['extract', p('bad.jsonl'), '--format', 'json']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(`${p('bad.jsonl')}:2: malformed JSON`);
    expect(JSON.parse(r.stdout).documents.map((d: { id: string }) => d.id)).toEqual(['ok']);
  });

  it.each([
    [['extract', '--bogus', 'x.txt'], /unknown option '--bogus'/],
    [['extract', 'x.txt', '--format', 'xml'], /argument 'xml' is invalid.*table, json, jsonl, csv/s],
    [['extract', 'x.txt', '--input-format', 'pdf'], /argument 'pdf' is invalid/],
    [['extract', 'x.txt', '--only', 'people,widgets'], /unknown kind "widgets" in --only/],
    [['extract', 'x.txt', '--ref-date', '2025-02-30'], /--ref-date must be a date like 2025-04-11/],
    [['extract', 'x.txt', '--fields', 'txt=body'], /bad --fields entry "txt=body"/],
    [['extract'], /no input: give files, folders or globs, or - to read standard input/],
    [['frobnicate'], /unknown command 'frobnicate'/],
  ])('usage error %j → exit 2 with a hint', async (argv, message) => {
    const r = await runCli(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/--help/);
    expect(r.stdout).toBe('');
  });

  it('no stack traces without --debug', async () => {
    const r = await runCli(['extract', p('nope.txt')]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--help and --version exit 0 on stdout', async () => {
    const help = await runCli(['extract', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Exit codes: 0 success, 2 usage error, 3 some inputs could not be read/);
    const version = await runCli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
