// `npm run build && npx tsx bench/quotes-speed.ts [limitMB] [rounds]`: the quotes stage alone on
// ../shared/corpus, in MB/s, using the built dist/. Segmentation, furniture and the people
// extractor (which quotes reads) run first, outside the clock; only quotesExtractor.extract is
// timed. One untimed pass warms up (JIT, lazily loaded lexicons), then the best of `rounds`
// passes is reported, because the machine is shared.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Context, Extractor } from '../src/extract/context.js';
import type { findFurniture as FindFurniture } from '../src/furniture/index.js';
import type { segment as Segment } from '../src/segment/index.js';
import { sharedCorpusTexts } from './corpus.js';
import { CORPUS_DIR, REPO_ROOT } from './shared.js';

// The built modules, loaded by path so that type-checking does not depend on a build.
const dist = path.join(REPO_ROOT, 'dist');
if (!existsSync(path.join(dist, 'extract', 'quotes', 'index.js'))) {
  console.error('no dist/: run `npm run build` first');
  process.exit(2);
}
const load = async <T>(file: string): Promise<T> => (await import(pathToFileURL(path.join(dist, file)).href)) as T;
const { peopleExtractor } = await load<{ peopleExtractor: Extractor<'people'> }>('extract/people/index.js');
const { quotesExtractor } = await load<{ quotesExtractor: Extractor<'quotes'> }>('extract/quotes/index.js');
const { findFurniture } = await load<{ findFurniture: typeof FindFurniture }>('furniture/index.js');
const { segment } = await load<{ segment: typeof Segment }>('segment/index.js');

const limit = Number(process.argv[2] ?? Infinity) * 1e6;
const rounds = Number(process.argv[3] ?? 5);
const texts = sharedCorpusTexts(['reuters-21578.jsonl.gz', 'bbc-news.jsonl.gz'], limit);
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
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
// CPU time is reported beside wall time: on a loaded machine the wall clock mostly measures the queue.
console.log(
  `quotes stage: ${texts.length} docs, ${mb.toFixed(1)} MB, best of ${rounds}: wall ${best.toFixed(2)} s = ${(mb / best).toFixed(1)} MB/s, ` +
    `CPU ${bestCpu.toFixed(2)} s = ${(mb / bestCpu).toFixed(1)} MB/s (${quotes} quotes)`,
);
