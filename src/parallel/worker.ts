// Runs in a worker thread: a batch of documents in, their rendered output out.
// Batches (rather than one message per document) and rendering here (rather
// than sending result objects back) keep the cost of crossing threads small
// next to the work itself.
import { workerData } from 'node:worker_threads';
import { adoptGazetteerBytes } from '../extract/names/gazetteer.js';
import { mineDoc } from '../pipeline.js';
import type { Doc, MineOptions } from '../types.js';
import type { WorkerData } from './pool.js';
import { createFormatter, render, type FormatName, type FormatOptions, type Formatter, type Rendered } from '../write/index.js';

if (workerData?.gazetteer) adoptGazetteerBytes((workerData as WorkerData).gazetteer);

export type BatchResult = ({ rendered: Rendered } | { error: string; stack?: string })[];

export interface BatchTask {
  docs: Doc[];
  options: MineOptions;
  format: FormatName;
  formatOptions: FormatOptions;
}

/** Mines and renders documents one by one; a failure on one does not cost the others. */
export function mineAndRender(docs: Doc[], options: MineOptions, formatter: Formatter): BatchResult {
  return docs.map((doc) => {
    try {
      return { rendered: render(formatter, mineDoc(doc, options)) };
    } catch (err) {
      return { error: (err as Error).message, stack: (err as Error).stack };
    }
  });
}

let cached: { key: string; formatter: Formatter } | null = null;

export default function mineBatch(task: BatchTask): BatchResult {
  const key = JSON.stringify([task.format, task.formatOptions]);
  if (cached?.key !== key) cached = { key, formatter: createFormatter(task.format, task.formatOptions) };
  return mineAndRender(task.docs, task.options, cached.formatter);
}
