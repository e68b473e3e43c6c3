// Imported first by bin/newsmine.js, before any pipeline code is compiled.
//
// V8 compiles hot functions on background threads. In a one-thread run those
// threads use an otherwise idle core for free; with --jobs 2 on two cores they
// compete with the mining threads, and a large corpus spends a third of a
// worker's warm-up compiling. Capping how much code is inlined into one
// optimised function makes each compilation smaller: the same speed on one
// thread, ~10% faster on two (measured in bench/speed.ts, docs/performance.md).
// The library (src/index.ts) leaves the host's V8 settings alone.
import v8 from 'node:v8';

v8.setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
