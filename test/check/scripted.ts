// A scripted pipeline for the check tests, so they do not depend on how far
// the extractors have come. Used from a vi.mock factory: it imports nothing
// that imports the pipeline.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { mineDoc as MineDoc } from '../../src/pipeline.js';

/**
 * mineDoc, except that a case folder holding `output.json` gets those
 * findings instead of the extractors' (the rest of the result is real).
 */
export function scripted(real: typeof MineDoc): typeof MineDoc {
  return (doc, options) => {
    const result = real(doc, options);
    const script = doc.path ? path.join(path.dirname(doc.path), 'output.json') : null;
    if (!script || !existsSync(script)) return result;
    return { ...result, ...JSON.parse(readFileSync(script, 'utf8')) };
  };
}
