// Runs in a worker thread: one document in, its result out.
import { mineDoc } from '../pipeline.js';
import type { Doc, DocResult, MineOptions } from '../types.js';

export default function mineTask({ doc, options }: { doc: Doc; options: MineOptions }): DocResult {
  return mineDoc(doc, options);
}
