import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BatchResult, BatchTask } from './worker.js';

export interface MinePool {
  mineBatch(task: BatchTask): Promise<BatchResult>;
  /** Batches waiting for a free worker. */
  waiting(): number;
  close(): Promise<void>;
}

/** Old-generation heap of one worker: news articles need a few MB each. */
export const WORKER_HEAP_MB = 96;

/**
 * A pool of worker threads running the pipeline. piscina is imported only
 * here, so a run on one document never pays for it.
 */
export async function createPool(threads: number): Promise<MinePool> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: workerFile(),
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    // Each thread is its own V8 heap, and V8 lets an idle-looking heap grow far
    // before collecting it: capped, the run stays within its memory budget. A
    // batch whose worker runs out is redone in the main thread (cli/extract.ts).
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 8 },
  });
  return {
    mineBatch: (task) => pool.run(task) as Promise<BatchResult>,
    waiting: () => pool.queueSize,
    close: () => pool.destroy(),
  };
}

/** The compiled worker; when running from TypeScript sources (tests), the built copy in dist/. */
function workerFile(): string {
  const sibling = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(sibling)) return sibling;
  return fileURLToPath(new URL('../../dist/parallel/worker.js', import.meta.url));
}
