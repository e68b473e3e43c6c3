// `npm run bench -- [corpus.jsonl(.gz)...] [--rounds N] [--sample-mb M] [--no-full] [--write]`
//
// 1. Side by side: newsmine and its peers on the same sample of the corpus,
//    each in a fresh process, alternating, several rounds (median); MB/s,
//    words/s, peak RSS and the ratio to compromise.
// 2. The whole corpus through the real CLI with --jobs 1 and --jobs 2: the
//    scaling ratio and peak memory.
// 3. Cold start: one small file through bin/newsmine.js against `node -e 0`.
import { execFileSync, spawnSync } from 'node:child_process';
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

function tsx(script: string, scriptArgs: string[]): { ms: number; maxRssMb: number; chars?: number } {
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

// 2. The whole corpus through the CLI, one worker and two.
if (full) {
  const corpusFile = path.join(tmp, 'corpus.jsonl');
  writeFileSync(corpusFile, docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const total = mb(docs.reduce((n, d) => n + d.text.length, 0));
  const cli: Record<string, { ms: number[]; rss: number[] }> = { '1': { ms: [], rss: [] }, '2': { ms: [], rss: [] } };
  for (let round = 0; round < Math.max(1, rounds - 1); round++) {
    for (const jobs of round % 2 ? ['2', '1'] : ['1', '2']) {
      const r = tsx('cli-run.ts', ['extract', corpusFile, '--format', 'jsonl', '--jobs', jobs, '--ref-date', '2025-01-01']);
      cli[jobs].ms.push(r.ms);
      cli[jobs].rss.push(r.maxRssMb);
      console.error(`whole corpus, --jobs ${jobs}: ${(total / (r.ms / 1000)).toFixed(2)} MB/s, ${Math.round(r.maxRssMb)} MB`);
    }
  }
  const t1 = median(cli['1'].ms);
  const t2 = median(cli['2'].ms);
  lines.push(
    '',
    `Whole corpus through the CLI (${docs.length} documents, ${total.toFixed(1)} MB, JSONL in, JSONL out; ${availableParallelism()} cores):`,
    '',
    '| jobs | seconds | MB/s | peak RSS |',
    '| ---: | ---: | ---: | ---: |',
    `| 1 | ${(t1 / 1000).toFixed(1)} | ${(total / (t1 / 1000)).toFixed(2)} | ${Math.round(Math.max(...cli['1'].rss))} MB |`,
    `| 2 | ${(t2 / 1000).toFixed(1)} | ${(total / (t2 / 1000)).toFixed(2)} | ${Math.round(Math.max(...cli['2'].rss))} MB |`,
    '',
    `Scaling with two workers: ${(t1 / t2).toFixed(2)}×.`,
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
