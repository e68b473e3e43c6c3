// `npx tsx bench/ner-speed.ts [limitMB]`: the people + places stage on ../shared/corpus, in MB/s.
// The stage alone is mine(only people, places) less mine(only: []) (segmentation and the
// output contract). CPU time, best of three runs, so that other work on the machine counts
// less. It runs the built JavaScript (`npm run build` first; dist/ is what users run);
// NER_SPEED_SRC=1 runs the TypeScript sources instead.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Kind } from '../src/types.js';
import { sharedCorpusTexts } from './corpus.js';
import { CORPUS_DIR, REPO_ROOT } from './shared.js';

const entry = process.env.NER_SPEED_SRC ? '../src/index.js' : path.join(REPO_ROOT, 'dist', 'index.js');
const { mine } = (await import(entry)) as typeof import('../src/index.js');

const limit = Number(process.argv[2] ?? Infinity) * 1e6;
const texts = sharedCorpusTexts(['reuters-21578.jsonl.gz', 'bbc-news.jsonl.gz'], limit);
if (texts.length === 0) {
  console.error(`no corpus at ${CORPUS_DIR}`);
  process.exit(0);
}
mine('Warm up in London with Bill Clinton.', { only: ['people', 'places'] });

function cpuSeconds(only: Kind[]): { s: number; people: number; places: number } {
  let best = Infinity;
  let people = 0;
  let places = 0;
  for (let round = 0; round < 3; round++) {
    const t0 = process.cpuUsage();
    people = 0;
    places = 0;
    for (const text of texts) {
      const r = mine(text, { only });
      people += r.people.length;
      places += r.places.length;
    }
    const u = process.cpuUsage(t0);
    best = Math.min(best, (u.user + u.system) / 1e6);
  }
  return { s: best, people, places };
}

const base = cpuSeconds([]);
const all = cpuSeconds(['people', 'places']);
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
console.log(
  `${texts.length} docs, ${mb.toFixed(1)} MB, CPU time best of 3: mine(people, places) ${(mb / all.s).toFixed(1)} MB/s; ` +
    `the people+places stage alone ${(mb / (all.s - base.s)).toFixed(1)} MB/s ` +
    `(${all.people} people, ${all.places} places; rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB)`,
);
