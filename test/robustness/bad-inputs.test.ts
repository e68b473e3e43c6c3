import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeFsError } from '../../src/load/errors.js';
import { runCli, tempDir } from '../helpers/cli.js';

// A scraped folder with good files and every kind of broken one: every good
// document is written, each bad one is named with its reason, exit 3.
const isRoot = process.getuid?.() === 0;

describe('a folder with good and broken inputs', () => {
  const t = tempDir();
  const p = (...parts: string[]) => path.join(t.dir, ...parts);
  beforeAll(() => {
    writeFileSync(p('01-good.txt'), 'A good article about Kyiv.');
    writeFileSync(p('02-binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(p('03-latin1.txt'), Buffer.from('Caf\xe9 society.', 'latin1'));
    writeFileSync(p('04-utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('UTF-16 text.', 'utf16le')]));
    writeFileSync(p('05-empty.txt'), '');
    mkdirSync(p('06-dir.txt'));
    symlinkSync(p('does-not-exist.txt'), p('07-broken-link.txt'));
    mkdirSync(p('08-loop'));
    symlinkSync(p('08-loop'), p('08-loop', 'again'));
    writeFileSync(p('09-unreadable.txt'), 'secret');
    chmodSync(p('09-unreadable.txt'), 0o000);
    writeFileSync(p('10-records.jsonl'), '{"id":"r1","text":"Fine record."}\n{"id":"r2", oops}\n{"id":"r3"}\n{"id":"r4","text":"Another fine one."}\n');
    writeFileSync(p('11-big.txt'), Buffer.alloc(3 * 1024 * 1024, 'a'));
    execFileSync('mkfifo', [p('12-pipe.txt')]);
    writeFileSync(p('13-good.md'), 'Another *good* one.');
  });
  afterAll(() => {
    chmodSync(p('09-unreadable.txt'), 0o644);
    t.cleanup();
  });

  it('writes every good document, names each bad input with its reason, exits 3, and never hangs', async () => {
    const r = await runCli(['extract', t.dir, '--format', 'jsonl', '--max-size', '2MB', '--text']);
    expect(r.code).toBe(3);
    const docs = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
    const ids = docs.map((d) => (d.id.startsWith(t.dir) ? path.relative(t.dir, d.id) : d.id));
    expect(ids).toEqual([
      '01-good.txt',
      '03-latin1.txt',
      '04-utf16.txt',
      '05-empty.txt',
      ...(isRoot ? ['09-unreadable.txt'] : []), // root reads anything: see the unit test below
      'r1',
      'r4',
      '13-good.md',
    ]);
    expect(docs.find((d) => d.id.endsWith('04-utf16.txt'))!.text).toBe('UTF-16 text.');
    expect(docs.find((d) => d.id.endsWith('03-latin1.txt'))!.text).toBe('Caf\uFFFD society.');
    const err = r.stderr;
    expect(err).toContain(`${p('02-binary.txt')}: binary content`);
    expect(err).toContain(`warning: ${p('03-latin1.txt')}: invalid UTF-8 at byte 3; decoded with replacement characters`);
    expect(err).toContain(`${p('07-broken-link.txt')}: broken symbolic link (its target does not exist)`);
    expect(err).toMatch(/08-loop\/again: symbolic link loop|08-loop\/again: too many levels of symbolic links/);
    if (!isRoot) expect(err).toContain(`${p('09-unreadable.txt')}: permission denied`);
    expect(err).toContain(`${p('10-records.jsonl')}:2: malformed JSON`);
    expect(err).toContain(`${p('10-records.jsonl')}:3: record has no "text" field`);
    expect(err).toContain(`${p('11-big.txt')}: file is 3.0 MB, over the 2.0 MB limit for one document`);
    expect(err).toContain(`${p('12-pipe.txt')}: not a regular file (a FIFO); skipped`);
    expect(err).not.toContain('06-dir.txt');
    expect(err).toMatch(/inputs could not be read; everything else was written/);
  });

  it('permission errors are reported in words', () => {
    expect(describeFsError(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('permission denied');
    expect(describeFsError(Object.assign(new Error('x'), { code: 'ELOOP' }))).toMatch(/symlink loop/);
  });
});
