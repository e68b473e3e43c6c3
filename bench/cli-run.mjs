// Runs the built CLI in this process on the given arguments, discarding its
// output, and prints wall time and peak memory (worker threads included).
// Plain JavaScript run by bare node, not tsx: the worker threads inherit the
// parent's loader flags, and tsx in every worker would cost time and memory
// that a user's `newsmine extract` never pays.
import '../dist/cli/v8-tuning.js'; // as bin/newsmine.js does
import { run } from '../dist/cli/index.js';

const t0 = performance.now();
const code = await run({
  argv: process.argv.slice(2),
  stdout: { write: () => true },
  stderr: { write: (s) => process.stderr.write(s) },
  env: {},
});
console.log(JSON.stringify({ code, ms: performance.now() - t0, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
