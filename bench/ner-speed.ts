// `npx tsx bench/ner-speed.ts [limitMB]`: people + places alone on ../shared/corpus, in MB/s.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { mine } from '../src/index.js';
import { CORPUS_DIR, sharedFile } from './shared.js';

const limit = Number(process.argv[2] ?? Infinity) * 1e6;
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
mine('Warm up in London with Bill Clinton.', { only: ['people', 'places'] });
const t0 = performance.now();
let people = 0;
let places = 0;
for (const text of texts) {
  const r = mine(text, { only: ['people', 'places'] });
  people += r.people.length;
  places += r.places.length;
}
const s = (performance.now() - t0) / 1000;
console.log(`${texts.length} docs, ${(bytes / 1e6).toFixed(1)} MB in ${s.toFixed(2)} s: ${(bytes / 1e6 / s).toFixed(1)} MB/s (${people} people, ${places} places; rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB)`);
