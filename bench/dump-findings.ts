// `npx tsx bench/dump-findings.ts OUT.jsonl [--kinds numbers,boilerplate,authors,published] [--src]`
//
// Writes what newsmine finds on every text we have — the whole benchmark
// corpus, the development sets (numbers-cases, currency-cases, timex-dev,
// html-pages), the seeds and the fixtures — one JSON line per document, so a
// speed-up can be checked to change nothing: dump before, dump after, `cmp`.
// Uses the built dist/ by default (`--src` for the TypeScript sources).
// Documents missing from ../shared/ are skipped (and said so on stderr).
import { createWriteStream, existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCorpus } from './corpus.js';
import { DEV_DIR, REPO_ROOT } from './shared.js';
import type { DocResult, Kind, MineOptions } from '../src/types.js';

const args = process.argv.slice(2);
const kindsAt = args.indexOf('--kinds');
const fields = (kindsAt >= 0 ? args[kindsAt + 1] : 'numbers,boilerplate,authors,published').split(',');
const fromSrc = args.includes('--src');
const out = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--kinds');
if (!out) {
  console.error('usage: dump-findings OUT.jsonl [--kinds numbers,dates,people,places,quotes,boilerplate,authors,published,sentences] [--src]');
  process.exit(2);
}

const root = path.join(REPO_ROOT, fromSrc ? 'src' : 'dist');
const lib = (await import(pathToFileURL(path.join(root, fromSrc ? 'index.ts' : 'index.js')).href)) as typeof import('../src/index.js');
const KINDS: readonly string[] = ['numbers', 'dates', 'people', 'places', 'quotes'];
const only = fields.filter((f) => KINDS.includes(f)) as Kind[];
const sink = createWriteStream(out);

function write(source: string, r: DocResult): void {
  const row: Record<string, unknown> = { source, id: r.id };
  for (const f of fields) row[f] = (r as unknown as Record<string, unknown>)[f];
  sink.write(JSON.stringify(row) + '\n');
}

function mineText(source: string, id: string, text: string, published: string | null = null, options: MineOptions = {}): void {
  write(source, lib.mine({ id, text, published }, { only, ...options }));
}

function jsonl(file: string): Record<string, unknown>[] {
  const p = path.join(DEV_DIR, file);
  if (!existsSync(p)) {
    console.error(`dump-findings: ${p} not found, skipped`);
    return [];
  }
  return readFileSync(p, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
}

let n = 0;
for (const d of loadCorpus().docs) mineText('corpus', d.id, d.text), n++;
for (const c of jsonl('numbers-cases-dev.jsonl')) mineText('numbers-cases', String(c.id), String(c.input)), n++;
for (const c of jsonl('currency-cases-dev.jsonl')) mineText('currency-cases', String(c.id), String(c.input)), n++;
for (const c of jsonl('timex-dev.jsonl')) mineText('timex-dev', String(c.id), String(c.text), null, { refDate: String(c.dct) }), n++;

// Files through the real loaders (HTML article extraction included).
const files: string[] = [path.join(REPO_ROOT, 'seeds')];
const fixtures = path.join(REPO_ROOT, 'fixtures');
for (const c of readdirSync(fixtures, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort()) {
  for (const f of readdirSync(path.join(fixtures, c))) if (f.startsWith('input.')) files.push(path.join(fixtures, c, f));
}
const html = path.join(DEV_DIR, 'html-pages');
if (existsSync(html)) for (const c of readdirSync(html).sort()) files.push(path.join(html, c, 'source.html'));
for await (const ev of lib.mineFiles(files, { only })) {
  if (ev.type === 'document') write('files', ev.document), n++;
}
sink.end();
console.error(`dump-findings: ${n} documents → ${out}`);
