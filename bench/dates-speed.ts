import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { segment } from '../src/segment/index.js';
import { datesExtractor } from '../src/extract/dates/index.js';
const texts: string[] = [];
for (const f of ['bbc-news.jsonl.gz', 'reuters-21578.jsonl.gz']) {
  for (const l of gunzipSync(readFileSync('/work/shared/corpus/' + f)).toString('utf8').split('\n')) if (l) texts.push(JSON.parse(l).text);
}
const bytes = texts.reduce((a, t) => a + Buffer.byteLength(t), 0);
const segs = texts.map((t) => segment(t));
let n = 0;
const t0 = performance.now();
for (let i = 0; i < texts.length; i++) {
  const ctx = { doc: null as any, text: texts[i], paragraphs: segs[i].paragraphs, sentences: segs[i].sentences, boilerplate: [], referenceDate: '1987-03-01', found: {} };
  n += datesExtractor.extract(ctx).length;
}
const s = (performance.now() - t0) / 1000;
console.log(`${(bytes / 1e6).toFixed(1)} MB, ${n} dates, ${s.toFixed(2)} s, ${(bytes / 1e6 / s).toFixed(1)} MB/s (dates extractor alone, segmentation excluded)`);
