// `npm run build && npx tsx bench/quotes-speed.ts [limitMB] [rounds]`: the quotes stage alone on
// ../shared/corpus, in MB/s, using the built dist/. Segmentation, furniture and the people
// extractor (which quotes reads) run first, outside the clock; only quotesExtractor.extract is
// timed. One untimed pass warms up (JIT, lazily loaded lexicons), then the best of `rounds`
// passes is reported, because the machine is shared.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Context } from '../dist/extract/context.js';
import { peopleExtractor } from '../dist/extract/people/index.js';
import { quotesExtractor } from '../dist/extract/quotes/index.js';
import { findFurniture } from '../dist/furniture/index.js';
import { segment } from '../dist/segment/index.js';
import { CORPUS_DIR, sharedFile } from './shared.js';

const limit = Number(process.argv[2] ?? Infinity) * 1e6;
const rounds = Number(process.argv[3] ?? 5);
const texts: string[] = [];
let bytes = 0;
for (const f of ['reuters-21578.jsonl.gz', 'bbc-news.jsonl.gz']) {
  if (!sharedFile('corpus', f)) continue;
  for (const line of gunzipSync(readFileSync(path.join(CORPUS_DIR, f))).toString('utf8').split('\n')) {
    if (!line || bytes >= limit) continue;
    const text = (JSON.parse(line) as { text: string }).text;
    texts.push(text);
    bytes += Buffer.byteLength(text);
  }
}
if (texts.length === 0) {
  console.error(`no corpus at ${CORPUS_DIR}`);
  process.exit(0);
}

const contexts: Context[] = texts.map((text) => {
  const { paragraphs, sentences } = segment(text);
  const furniture = findFurniture(text, paragraphs);
  const doc = { id: '', path: null, format: 'text' as const, text, meta: { title: null, published: null, authors: [], url: null } };
  const ctx: Context = { doc, text, paragraphs, sentences, boilerplate: furniture.boilerplate, referenceDate: null, found: {} };
  ctx.found.people = peopleExtractor.extract(ctx);
  return ctx;
});

for (const ctx of contexts) quotesExtractor.extract(ctx);
let best = Infinity;
let bestCpu = Infinity;
let quotes = 0;
for (let r = 0; r < rounds; r++) {
  quotes = 0;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (const ctx of contexts) quotes += quotesExtractor.extract(ctx).length;
  const cpu = process.cpuUsage(c0);
  best = Math.min(best, (performance.now() - t0) / 1000);
  bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1e6);
}
const mb = bytes / 1e6;
// CPU time is reported beside wall time: on a loaded machine the wall clock mostly measures the queue.
console.log(
  `quotes stage: ${texts.length} docs, ${mb.toFixed(1)} MB, best of ${rounds}: wall ${best.toFixed(2)} s = ${(mb / best).toFixed(1)} MB/s, ` +
    `CPU ${bestCpu.toFixed(2)} s = ${(mb / bestCpu).toFixed(1)} MB/s (${quotes} quotes)`,
);
