// Runs the built CLI in this process on the given arguments, discarding its
// output, and prints wall time and peak memory (worker threads included).
import { run } from '../dist/cli/index.js';

const t0 = performance.now();
const code = await run({
  argv: process.argv.slice(2),
  stdout: { write: () => true },
  stderr: { write: (s: string) => process.stderr.write(s) },
  env: {},
});
console.log(JSON.stringify({ code, ms: performance.now() - t0, maxRssMb: process.resourceUsage().maxRSS / 1024 }));
