import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mine } from '../../src/index.js';
import type { Scorer } from './types.js';

interface Case {
  id: string;
  input: string;
  expected: string[];
}

/** pragmatic_segmenter's English cases: a case counts when every sentence comes out exactly. */
export const scorer: Scorer = {
  name: 'sentences',
  needs: ['sentences-dev.jsonl'],
  run(devDir) {
    const cases = readFileSync(path.join(devDir, 'sentences-dev.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Case);
    let exact = 0;
    for (const c of cases) {
      const doc = mine(c.input, { only: [] });
      const chars = Array.from(c.input);
      const got = doc.sentences.map((s) => chars.slice(s.start, s.end).join('').trim());
      if (got.length === c.expected.length && got.every((s, i) => s === c.expected[i].trim())) exact++;
    }
    return [{ set: 'sentences-dev (pragmatic_segmenter)', metric: 'exact cases', value: exact / cases.length, n: cases.length, target: 0.95 }];
  },
};
