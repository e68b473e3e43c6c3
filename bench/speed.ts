// `npm run bench -- [corpus.jsonl(.gz)...] [--rounds N] [--sample-mb M] [--no-full] [--write]`
//
// 1. Side by side: newsmine and its peers on the same sample of the corpus,
//    each in a fresh process, alternating, several rounds (median); MB/s,
//    words/s, peak RSS and the ratio to compromise.
// 2. The whole corpus through the real CLI with --jobs 1 and --jobs 2: the
//    scaling ratio and peak memory.
// 3. Cold start: one small file through bin/newsmine.js against `node -e 0`.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { countWords, loadCorpus, sample } from './corpus.js';
import { REPO_ROOT } from './shared.js';
import { TOOLS, type ToolName } from './tools.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const rounds = flag('--rounds', 3);
const sampleMb = flag('--sample-mb', 1);
const full = !args.includes('--no-full');
const paths = args.filter((a, i) => !a.startsWith('--') && !['--rounds', '--sample-mb'].includes(args[i - 1] ?? ''));

if (!existsSync(path.join(REPO_ROOT, 'dist', 'pipeline.js'))) execFileSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });

const { docs, source } = loadCorpus(paths);
const tmp = mkdtempSync(path.join(tmpdir(), 'newsmine-bench-'));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (chars: number) => chars / 1e6;

type Timed = { ms: number; maxRssMb: number; chars?: number };

/** The CLI on `cliArgs` in a fresh bare node process (bench/cli-run.mjs); resolves when it is done. */
function cliRun(cliArgs: string[]): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const script = 'cli-run.mjs';
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bench', script), ...cliArgs], { cwd: REPO_ROOT });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`${script} failed:\n${err}`))));
  });
}

function tsx(script: string, scriptArgs: string[]): Timed {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'bench', script), ...scriptArgs], {
    cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 1 << 26,
  });
  if (r.status !== 0) throw new Error(`${script} ${scriptArgs.join(' ')} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

// 1. Side by side on one sample.
const picked = sample(docs, sampleMb);
const sampleFile = path.join(tmp, 'sample.json');
writeFileSync(sampleFile, JSON.stringify(picked));
const chars = picked.reduce((n, d) => n + d.text.length, 0);
const words = countWords(picked);
const runs: Record<ToolName, { ms: number[]; rss: number[] }> = Object.fromEntries(TOOLS.map((t) => [t, { ms: [], rss: [] }])) as never;
for (let round = 0; round < rounds; round++) {
  const order = TOOLS.map((_, i) => TOOLS[(i + round) % TOOLS.length]);
  for (const tool of order) {
    const r = tsx('run-tool.ts', [tool, sampleFile]);
    runs[tool].ms.push(r.ms);
    runs[tool].rss.push(r.maxRssMb);
    console.error(`round ${round + 1}: ${tool} ${(mb(chars) / (r.ms / 1000)).toFixed(2)} MB/s`);
  }
}
const speed = (t: ToolName) => mb(chars) / (median(runs[t].ms) / 1000);
const lines = [
  `Sample: ${picked.length} documents, ${mb(chars).toFixed(2)} MB, ${words} words from ${source}; ${rounds} rounds, median; one core each.`,
  '',
  '| tool | what it extracts | MB/s | words/s | peak RSS | speed vs compromise |',
  '| --- | --- | ---: | ---: | ---: | ---: |',
];
const what: Record<ToolName, string> = {
  newsmine: 'sentences, numbers, dates, people, places, quotes',
  compromise: 'people, places, quotations, numbers',
  'wink-nlp': 'entities (no people or places)',
  'chrono-node': 'dates only',
};
for (const t of TOOLS) {
  lines.push(`| ${t} | ${what[t]} | ${speed(t).toFixed(2)} | ${Math.round((words / median(runs[t].ms)) * 1000).toLocaleString('en')} | ${Math.round(median(runs[t].rss))} MB | ${(speed(t) / speed('compromise')).toFixed(1)}× |`);
}

// 2. The whole corpus through the CLI, one worker and two; then the corpus
//    three times over, where each thread's warm-up (V8 compiling the
//    pipeline, ~2 MB of text) weighs less; then the ceiling this machine sets:
//    two separate processes, each on half the corpus, at the same time.
if (full) {
  const writeJsonl = (name: string, ds: typeof docs, copies = 1) => {
    const file = path.join(tmp, name);
    const body = ds.map((d) => JSON.stringify(d)).join('\n') + '\n';
    writeFileSync(file, body.repeat(copies));
    return file;
  };
  const corpusFile = writeJsonl('corpus.jsonl', docs);
  const tripleFile = writeJsonl('corpus-x3.jsonl', docs, 3);
  const total = mb(docs.reduce((n, d) => n + d.text.length, 0));
  const cliArgs = (file: string, jobs: string) => ['extract', file, '--format', 'jsonl', '--jobs', jobs, '--ref-date', '2025-01-01'];
  const scaling = async (file: string, label: string, size: number) => {
    const cli: Record<string, { ms: number[]; rss: number[] }> = { '1': { ms: [], rss: [] }, '2': { ms: [], rss: [] } };
    for (let round = 0; round < Math.max(1, rounds - 1); round++) {
      for (const jobs of round % 2 ? ['2', '1'] : ['1', '2']) {
        const r = await cliRun(cliArgs(file, jobs));
        cli[jobs].ms.push(r.ms);
        cli[jobs].rss.push(r.maxRssMb);
        console.error(`${label}, --jobs ${jobs}: ${(size / (r.ms / 1000)).toFixed(2)} MB/s, ${Math.round(r.maxRssMb)} MB`);
      }
    }
    return { t1: median(cli['1'].ms), t2: median(cli['2'].ms), rss1: Math.max(...cli['1'].rss), rss2: Math.max(...cli['2'].rss) };
  };
  const once = await scaling(corpusFile, 'whole corpus', total);
  const triple = await scaling(tripleFile, 'corpus x3', 3 * total);
  const half = Math.ceil(docs.length / 2);
  const halves = [writeJsonl('half-1.jsonl', docs.slice(0, half)), writeJsonl('half-2.jsonl', docs.slice(half))];
  const apart: number[] = [];
  for (let round = 0; round < Math.max(1, rounds - 1); round++) {
    const t0 = performance.now();
    await Promise.all(halves.map((f) => cliRun(cliArgs(f, '1'))));
    apart.push(performance.now() - t0);
  }
  const row = (what: string, t: number, size: number, rss: number) =>
    `| ${what} | ${(t / 1000).toFixed(1)} | ${(size / (t / 1000)).toFixed(2)} | ${Math.round(rss)} MB |`;
  lines.push(
    '',
    `Whole corpus through the CLI (${docs.length} documents, ${total.toFixed(1)} MB, JSONL in, JSONL out; ${availableParallelism()} cores):`,
    '',
    '| run | seconds | MB/s | peak RSS |',
    '| --- | ---: | ---: | ---: |',
    row('corpus, --jobs 1', once.t1, total, once.rss1),
    row('corpus, --jobs 2', once.t2, total, once.rss2),
    row('corpus ×3, --jobs 1', triple.t1, 3 * total, triple.rss1),
    row('corpus ×3, --jobs 2', triple.t2, 3 * total, triple.rss2),
    `| two processes, half the corpus each, side by side | ${(median(apart) / 1000).toFixed(1)} | ${(total / (median(apart) / 1000)).toFixed(2)} | (each its own) |`,
    '',
    `Scaling with two workers: ${(once.t1 / once.t2).toFixed(2)}× on the corpus, ${(triple.t1 / triple.t2).toFixed(2)}× on the corpus three times over. ` +
      `Two independent processes splitting the corpus reach ${(once.t1 / median(apart)).toFixed(2)}×: the ceiling this machine allows, ` +
      'because a one-thread run already keeps the second core partly busy with V8\'s background compiler and collector.',
  );
}

// 3. Cold start.
const small = path.join(REPO_ROOT, 'seeds', '001_94f9442ad72cc1bb.txt');
const timeIt = (argv: string[]) => {
  const t0 = performance.now();
  spawnSync(process.execPath, argv, { cwd: REPO_ROOT, stdio: 'ignore' });
  return performance.now() - t0;
};
const bare: number[] = [];
const cold: number[] = [];
for (let i = 0; i < 7; i++) {
  bare.push(timeIt(['-e', '0']));
  cold.push(timeIt([path.join(REPO_ROOT, 'bin', 'newsmine.js'), 'extract', small, '--format', 'json']));
}
lines.push('', `Cold start (one seed file, JSON out; median of 7): ${Math.round(median(cold))} ms; bare \`node -e 0\`: ${Math.round(median(bare))} ms; ratio ${(median(cold) / median(bare)).toFixed(1)}×.`);

rmSync(tmp, { recursive: true, force: true });
const table = lines.join('\n');
console.log(table);
if (args.includes('--write')) {
  const file = path.join(REPO_ROOT, 'docs', 'performance.md');
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  const stamp = `<!-- bench:begin -->\nMeasured ${new Date().toISOString().slice(0, 10)} at commit ${commit} with \`npm run bench\`.\n\n${table}\n<!-- bench:end -->`;
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Performance\n\n<!-- bench:begin -->\n<!-- bench:end -->\n';
  writeFileSync(file, old.replace(/<!-- bench:begin -->[\s\S]*<!-- bench:end -->/, stamp));
  console.error('updated docs/performance.md');
}
