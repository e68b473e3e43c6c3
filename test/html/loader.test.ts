import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadInputs, type LoadEvent } from '../../src/load/index.js';
import { jsonLd, page, prose } from './page.js';

const dir = mkdtempSync(path.join(tmpdir(), 'newsmine-html-'));
const PAGE = page(
  jsonLd({ '@type': 'NewsArticle', headline: 'Harbour repairs delayed again', author: { '@type': 'Person', name: 'Ana Ruiz' }, datePublished: '2025-05-05' }),
  `<article><h1>Harbour repairs delayed again</h1>${prose()}</article>`,
);

async function load(...args: string[]): Promise<LoadEvent[]> {
  const out: LoadEvent[] = [];
  for await (const ev of loadInputs(args)) out.push(ev);
  return out;
}

describe('the HTML loader in loadInputs', () => {
  it.each(['page.html', 'page.htm'])('reads %s: article text and metadata', async (name) => {
    const file = path.join(dir, name);
    writeFileSync(file, PAGE);
    const [ev] = await load(file);
    expect(ev.type).toBe('doc');
    if (ev.type !== 'doc') return;
    expect(ev.doc.format).toBe('html');
    expect(ev.doc.text).toContain('\n\nParagraph 1: the council met again');
    expect(ev.doc.meta).toMatchObject({ title: 'Harbour repairs delayed again', authors: ['Ana Ruiz'], published: '2025-05-05' });
  });

  it('reads JSONL records with an html field; the record’s own fields win', async () => {
    const file = path.join(dir, 'pages.jsonl');
    writeFileSync(file, `${JSON.stringify({ id: 'a', html: PAGE })}\n${JSON.stringify({ id: 'b', html: PAGE, title: 'Given title' })}\n`);
    const docs = (await load(file)).filter((e) => e.type === 'doc');
    expect(docs).toHaveLength(2);
    if (docs[0].type !== 'doc' || docs[1].type !== 'doc') return;
    expect(docs[0].doc).toMatchObject({ id: 'a', format: 'jsonl', meta: { title: 'Harbour repairs delayed again', authors: ['Ana Ruiz'] } });
    expect(docs[0].doc.text).toContain('Paragraph 2');
    expect(docs[1].doc.meta.title).toBe('Given title');
  });

  it('reads a JSON array of html records', async () => {
    const file = path.join(dir, 'pages.json');
    writeFileSync(file, JSON.stringify([{ html: PAGE }]));
    const [ev] = await load(file);
    expect(ev.type === 'doc' && ev.doc.meta.title).toBe('Harbour repairs delayed again');
  });

  it('reports a page with no text as a warning, still yielding the document', async () => {
    const file = path.join(dir, 'empty.html');
    writeFileSync(file, '<html><head><title>x</title></head><body></body></html>');
    const events = await load(file);
    expect(events.map((e) => e.type)).toEqual(['warning', 'doc']);
  });

  it('decodes a page in its declared charset', async () => {
    const file = path.join(dir, 'latin1.html');
    const html = page('<meta charset="iso-8859-1">', `<article><p>Caf\u00e9 owners in S\u00e3o Paulo said the rent had doubled.</p>${prose()}</article>`).replace('<meta charset="utf-8">', '');
    writeFileSync(file, Buffer.from(html, 'latin1'));
    const [ev] = await load(file);
    expect(ev.type === 'doc' && ev.doc.text).toContain('Café owners in São Paulo');
  });
});

describe('lazy loading', () => {
  // linkedom and Readability must not be imported on a run over text files:
  // no module reachable by static imports from the CLI may import them.
  it('the CLI reaches the HTML libraries only through a dynamic import', () => {
    const root = path.resolve(import.meta.dirname, '../../src');
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)) {
        if (/^import\s+type\s/.test(m[0].trim())) continue;
        const spec = m[1];
        if (spec === 'linkedom' || spec === '@mozilla/readability') offenders.push(path.relative(root, file));
        if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec.replace(/\.js$/, '.ts')));
      }
    };
    visit(path.join(root, 'cli/index.ts'));
    expect(seen.has(path.join(root, 'load/index.ts'))).toBe(true);
    expect(offenders).toEqual([]);
  });
});
