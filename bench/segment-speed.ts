// `npx tsx bench/segment-speed.ts [--runs N]`: MB/s of segment() alone on the
// benchmark corpora in ../shared/corpus/*.jsonl.gz (each article segmented on its
// own, as the pipeline does). Skips cleanly when the corpus is not there.
// MB/s is taken on CPU time (process.cpuUsage), best of N runs after a warm-up, so
// that other processes on a busy machine do not count against us; wall-clock MB/s
// is printed beside it.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { segment } from '../src/segment/index.js';
import { corpusTexts } from './corpus.js';
import { CORPUS_DIR } from './shared.js';

const TARGET_MB_S = 50;

function measure(texts: readonly string[], runs: number): { cpu: number; wall: number; sentences: number } {
  const mb = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
  let sentences = 0;
  for (const t of texts) sentences += segment(t).sentences.length; // warm-up
  let cpu = Infinity;
  let wall = Infinity;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (const t of texts) segment(t);
    wall = Math.min(wall, performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1000);
  }
  return { cpu: mb / (cpu / 1000), wall: mb / (wall / 1000), sentences };
}

function main(): void {
  if (!existsSync(CORPUS_DIR)) {
    console.error(`segment-speed: no corpus at ${CORPUS_DIR} (set NEWSMINE_SHARED); nothing to measure.`);
    return;
  }
  const files = readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.jsonl.gz')).sort();
  if (files.length === 0) {
    console.error(`segment-speed: no *.jsonl.gz in ${CORPUS_DIR}; nothing to measure.`);
    return;
  }
  const i = process.argv.indexOf('--runs');
  const runs = i > 0 ? Math.max(1, Number(process.argv[i + 1]) || 3) : 3;
  const all: string[] = [];
  console.log('| corpus | articles | MB | sentences | MB/s (CPU) | MB/s (wall) |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const f of files) {
    const texts = corpusTexts(path.join(CORPUS_DIR, f));
    all.push(...texts);
    const mb = texts.reduce((n, t) => n + Buffer.byteLength(t, 'utf8'), 0) / 1e6;
    const { cpu, wall, sentences } = measure(texts, runs);
    console.log(`| ${f} | ${texts.length} | ${mb.toFixed(1)} | ${sentences} | ${cpu.toFixed(1)} | ${wall.toFixed(1)} |`);
  }
  const { cpu, wall } = measure(all, runs);
  console.log(`| all | ${all.length} | | | ${cpu.toFixed(1)} ${cpu >= TARGET_MB_S ? '✓' : '✗'} (target ${TARGET_MB_S}) | ${wall.toFixed(1)} |`);
}

main();
