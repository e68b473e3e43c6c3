// One timed run of one tool on one sample, in a fresh process so that peak
// memory (maxRSS) is the tool's own. Prints a JSON line for bench/speed.ts.
import { readFileSync } from 'node:fs';
import type { BenchDoc } from './corpus.js';
import { setUp, type ToolName } from './tools.js';

const [tool, sampleFile] = process.argv.slice(2) as [ToolName, string];
const docs = JSON.parse(readFileSync(sampleFile, 'utf8')) as BenchDoc[];
const run = await setUp(tool);
// Warm up on a few documents so that lazy loading and JIT are not timed.
for (const d of docs.slice(0, 5)) run(d);
const t0 = performance.now();
let found = 0;
for (const d of docs) found += run(d);
const ms = performance.now() - t0;
const chars = docs.reduce((n, d) => n + d.text.length, 0);
console.log(JSON.stringify({ tool, ms, chars, found, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
