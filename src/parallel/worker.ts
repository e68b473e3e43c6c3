// Runs in a worker thread: a batch of documents in, their results out.
// Batches (rather than one message per document) keep the cost of crossing
// threads small next to the work itself.
import { mineDoc } from '../pipeline.js';
import type { Doc, DocResult, MineOptions } from '../types.js';

export type BatchResult = ({ result: DocResult } | { error: string; stack?: string })[];

export default function mineBatch({ docs, options }: { docs: Doc[]; options: MineOptions }): BatchResult {
  return docs.map((doc) => {
    try {
      return { result: mineDoc(doc, options) };
    } catch (err) {
      return { error: (err as Error).message, stack: (err as Error).stack };
    }
  });
}
