import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gazetteerBytes } from '../extract/names/gazetteer.js';
import type { BatchResult, BatchTask } from './worker.js';

/** What each worker is started with. */
export interface WorkerData {
  gazetteer: SharedArrayBuffer;
}

export interface MinePool {
  mineBatch(task: BatchTask): Promise<BatchResult>;
  /** True while the workers have fewer batches than they can hold queued. */
  hasRoom(): boolean;
  close(): Promise<void>;
}

/** Batches queued in each worker: enough to keep it busy through a batch of the main thread's. */
const PER_WORKER = 3;

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
    // The gazetteer's ~19 MB are read once and shared with every worker.
    workerData: { gazetteer: gazetteerBytes() } satisfies WorkerData,
    // Batches are posted straight to a worker's own queue, so a worker goes on
    // to its next batch while the main thread is busy mining one of its own
    // (piscina's central queue is served only when the main thread is idle).
    concurrentTasksPerWorker: PER_WORKER,
    // Each thread is its own V8 heap, and V8 lets an idle-looking heap grow far
    // before collecting it: capped, the run stays within its memory budget. A
    // batch whose worker runs out is redone in the main thread (cli/extract.ts).
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 8 },
  });
  let inFlight = 0;
  return {
    mineBatch: (task) => {
      inFlight++;
      return (pool.run(task) as Promise<BatchResult>).finally(() => inFlight--);
    },
    hasRoom: () => inFlight < threads * PER_WORKER,
    close: () => pool.destroy(),
  };
}

/** The compiled worker; when running from TypeScript sources (tests), the built copy in dist/. */
function workerFile(): string {
  const sibling = fileURLToPath(new URL('./worker.js', import.meta.url));
  if (existsSync(sibling)) return sibling;
  return fileURLToPath(new URL('../../dist/parallel/worker.js', import.meta.url));
}
