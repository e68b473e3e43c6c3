// One timed run of one tool on one sample, in a fresh process so that peak
// memory (maxRSS) is the tool's own. Prints a JSON line for bench/speed.ts.
import { readFileSync } from 'node:fs';
import type { BenchDoc } from './corpus.js';
import { setUp, type ToolName } from './tools.js';

const [tool, sampleFile] = process.argv.slice(2) as [ToolName, string];
const docs = JSON.parse(readFileSync(sampleFile, 'utf8')) as BenchDoc[];
const run = await setUp(tool);
// Warm up (every tool alike) by running over the sample until ~2 MB have gone
// through, so that lazy loading and JIT compilation are not timed: the table
// compares steady-state throughput, which is what a corpus run sees. Cold
// start is measured on its own.
for (let warm = 0; warm < 2_000_000; ) {
  for (const d of docs) {
    run(d);
    warm += d.text.length;
  }
}
const t0 = performance.now();
let found = 0;
for (const d of docs) found += run(d);
const ms = performance.now() - t0;
const chars = docs.reduce((n, d) => n + d.text.length, 0);
console.log(JSON.stringify({ tool, ms, chars, found, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
