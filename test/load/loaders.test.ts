import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInputs, parseFieldNames, type LoadEvent } from '../../src/load/index.js';
import { tempDir } from '../helpers/cli.js';

async function collect(args: string[], options: Parameters<typeof loadInputs>[1] = {}): Promise<LoadEvent[]> {
  const out: LoadEvent[] = [];
  for await (const ev of loadInputs(args, options)) out.push(ev);
  return out;
}

const docs = (events: LoadEvent[]) => events.flatMap((e) => (e.type === 'doc' ? [e.doc] : []));
const problems = (events: LoadEvent[]) => events.flatMap((e) => (e.type === 'doc' ? [] : [`${e.type}: ${e.path}${e.line ? ':' + e.line : ''}: ${e.reason}`]));

describe('loaders', () => {
  const t = tempDir();
  const p = (...parts: string[]) => path.join(t.dir, ...parts);
  beforeAll(() => {
    mkdirSync(p('corpus', 'nested'), { recursive: true });
    writeFileSync(p('corpus', 'b.txt'), 'Second file.\r\nWith CRLF.');
    writeFileSync(p('corpus', 'a.md'), '# Title\n\nBody.');
    writeFileSync(p('corpus', 'nested', 'c.txt'), 'Nested.');
    writeFileSync(p('corpus', 'skip.pdf'), '%PDF-1.4');
    writeFileSync(p('corpus', '.hidden.txt'), 'hidden');
    writeFileSync(p('one.json'), JSON.stringify({ id: 'r1', text: 'One record.', title: 'T', published: '2025-04-11', url: 'https://x.test/a' }));
    writeFileSync(p('many.json'), JSON.stringify([{ id: 'x', text: 'A.' }, { text: 'B.' }]));
    writeFileSync(p('recs.jsonl'), '{"id":"1","text":"First."}\n\n{"id":"2","text":"Second.","authors":["Ann Lee"]}\n{broken\n{"id":"4"}\n{"id":5,"text":"Fifth."}\n');
    writeFileSync(p('custom.ndjson'), '{"uuid":"u1","body":"Custom fields.","date":"2024-01-02"}\n');
    writeFileSync(p('page.html'), '<html><body><p>Hi</p></body></html>');
  });
  afterAll(() => t.cleanup());

  it('reads .txt unchanged (CRLF kept) and .md, folders recursed and sorted, unknown extensions and dotfiles skipped', async () => {
    const events = await collect([p('corpus')]);
    expect(problems(events)).toEqual([]);
    expect(docs(events).map((d) => [path.relative(t.dir, d.id), d.format, d.text])).toEqual([
      ['corpus/a.md', 'markdown', '# Title\n\nBody.'],
      ['corpus/b.txt', 'text', 'Second file.\r\nWith CRLF.'],
      ['corpus/nested/c.txt', 'text', 'Nested.'],
    ]);
  });

  it('reads a JSON record with its metadata, and a JSON array of records', async () => {
    const [one] = docs(await collect([p('one.json')]));
    expect(one).toMatchObject({ id: 'r1', format: 'json', text: 'One record.', meta: { title: 'T', published: '2025-04-11', url: 'https://x.test/a', authors: [] } });
    const many = docs(await collect([p('many.json')]));
    expect(many.map((d) => d.id)).toEqual(['x', `${p('many.json')}#1`]);
  });

  it('reads JSONL line by line, reporting bad lines with their number and keeping the rest', async () => {
    const events = await collect([p('recs.jsonl')]);
    expect(docs(events).map((d) => [d.id, d.text, d.meta.authors])).toEqual([
      ['1', 'First.', []],
      ['2', 'Second.', ['Ann Lee']],
      ['5', 'Fifth.', []],
    ]);
    expect(problems(events)).toEqual([
      expect.stringMatching(new RegExp(`^error: .*recs\\.jsonl:4: malformed JSON`)),
      expect.stringMatching(/recs\.jsonl:5: record has no "text" field$/),
    ]);
  });

  it('takes record field names from --fields', async () => {
    const [d] = docs(await collect([p('custom.ndjson')], { fields: parseFieldNames('id=uuid,text=body,published=date') }));
    expect(d).toMatchObject({ id: 'u1', text: 'Custom fields.', format: 'jsonl', meta: { published: '2024-01-02' } });
    expect(() => parseFieldNames('nonsense=x')).toThrow(/bad --fields entry/);
  });

  it('expands globs, sorted', async () => {
    const events = await collect([p('corpus', '**', '*.txt')]);
    expect(docs(events).map((d) => path.relative(t.dir, d.path!))).toEqual(['corpus/b.txt', 'corpus/nested/c.txt']);
    expect(problems(await collect([p('nothing-*.txt')]))).toEqual([expect.stringMatching(/no supported files match this pattern/)]);
  });

  it('reads stdin as text by default and as records with inputFormat jsonl', async () => {
    const text = docs(await collect(['-'], { stdin: Readable.from([Buffer.from('From stdin.')]) }));
    expect(text).toMatchObject([{ id: '-', format: 'text', text: 'From stdin.' }]);
    const recs = docs(await collect(['-'], { inputFormat: 'jsonl', stdin: Readable.from([Buffer.from('{"id":"s","text":"Rec."}\n')]) }));
    expect(recs).toMatchObject([{ id: 's', format: 'jsonl', text: 'Rec.' }]);
  });

  it('reports what it cannot read, by path and reason, and carries on', async () => {
    const events = await collect([p('missing.txt'), p('corpus', 'skip.pdf'), p('corpus', 'b.txt')]);
    expect(problems(events)).toEqual([
      expect.stringMatching(/missing\.txt: no such file or directory$/),
      expect.stringMatching(/skip\.pdf: unsupported file type/),
    ]);
    expect(docs(events)).toHaveLength(1);
  });
});
