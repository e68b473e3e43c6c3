// Speed of the dates extractor alone (segmentation excluded) over the whole
// benchmark corpus in ../shared/corpus/: `npx tsx bench/dates-speed.ts`;
// with `--with-numbers`, dates and then numbers (which drop what overlaps a
// date), the pair the 10 MB/s bar is about.
// Reports wall-clock and CPU-time throughput; on a shared, busy machine the
// CPU figure is the steadier one.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { datesExtractor } from '../src/extract/dates/index.js';
import { numbersExtractor } from '../src/extract/numbers/index.js';
import type { Context } from '../src/extract/context.js';
import { segment } from '../src/segment/index.js';
import { corpusTexts } from './corpus.js';
import { CORPUS_DIR } from './shared.js';

const files = ['bbc-news.jsonl.gz', 'reuters-21578.jsonl.gz'].map((f) => path.join(CORPUS_DIR, f)).filter((f) => existsSync(f));
if (files.length === 0) {
  console.error(`no corpus in ${CORPUS_DIR}; nothing to measure.`);
  process.exit(0);
}
const withNumbers = process.argv.includes('--with-numbers');
const texts = files.flatMap((f) => corpusTexts(f));
const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
const segs = texts.map((t) => segment(t));
// Three passes; the best one is reported (the first also pays for JIT warm-up).
let n = 0;
let best = Infinity;
let bestCpu = Infinity;
for (let pass = 0; pass < 3; pass++) {
  n = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < texts.length; i++) {
    const ctx: Context = {
      doc: { id: String(i), path: null, format: 'text', text: texts[i], meta: { title: null, published: null, authors: [], url: null } },
      text: texts[i],
      paragraphs: segs[i].paragraphs,
      sentences: segs[i].sentences,
      boilerplate: [],
      referenceDate: '1987-03-01',
      found: {},
    };
    const dates = datesExtractor.extract(ctx);
    n += dates.length;
    if (withNumbers) {
      ctx.found.dates = dates;
      n += numbersExtractor.extract(ctx).length;
    }
  }
  best = Math.min(best, (performance.now() - t0) / 1000);
  bestCpu = Math.min(bestCpu, process.cpuUsage(cpu0).user / 1e6);
}
const mb = bytes / 1e6;
console.log(`${mb.toFixed(1)} MB, ${n} ${withNumbers ? 'dates and numbers' : 'dates'}, best of 3 passes: wall ${best.toFixed(2)} s = ${(mb / best).toFixed(1)} MB/s; CPU ${bestCpu.toFixed(2)} s = ${(mb / bestCpu).toFixed(1)} MB/s`);
