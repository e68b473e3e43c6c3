import type { DocResult } from '../types.js';

/** A formatter receives finished documents in order and writes them to its sink. */
export interface Formatter {
  begin(): void;
  document(doc: DocResult): void;
  end(): void;
}
