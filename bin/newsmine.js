#!/usr/bin/env node
// The command line: read argv and streams, hand them to run(), exit with its code.
import { run } from '../dist/cli/index.js';

process.stdout.on('error', (err) => {
  // `newsmine extract ... | head` closes the pipe early: that is not an error.
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

const code = await run({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.exitCode = code;
