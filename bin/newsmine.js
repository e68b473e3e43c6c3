#!/usr/bin/env node
// The command line: read argv and streams, hand them to run(), exit with its code.
import '../dist/cli/v8-tuning.js';
import { run } from '../dist/cli/index.js';

process.stdout.on('error', (err) => {
  // `newsmine extract ... | head` closes the pipe early: that is not an error.
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

// The first Ctrl-C stops cleanly (no half-written --out file, exit 130); a second one stops at once.
const interrupt = new AbortController();
process.once('SIGINT', () => {
  interrupt.abort();
  process.once('SIGINT', () => process.exit(130));
});

const code = await run({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: interrupt.signal,
});
process.exitCode = code;
// Worker threads and stdin must not keep the process alive once the work is done.
process.stdin.destroy();
