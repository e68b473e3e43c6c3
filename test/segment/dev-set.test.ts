import { describe, expect, it } from 'vitest';
import { DEV_DIR, sharedFile } from '../../bench/shared.js';
import { scorer } from '../../bench/score/sentences.js';

// Regression floors on the development data (skipped when ../shared/dev is not
// there). The floors sit just under today's scores: a drop means a rule broke.

describe('sentence scorer on ../shared/dev', () => {
  const have = sharedFile('dev', 'sentences-dev.jsonl') !== null && sharedFile('dev', 'ner-dev.jsonl') !== null;
  it.skipIf(!have)('keeps its scores', async () => {
    const rows = await scorer.run(DEV_DIR);
    const value = (set: string, metric: string) => rows.find((r) => r.set.startsWith(set) && r.metric === metric)?.value ?? 0;
    expect(value('sentences-dev', 'exact cases')).toBeGreaterThanOrEqual(0.83);
    expect(value('sentences-dev', 'boundary recall')).toBeGreaterThanOrEqual(0.99);
    expect(value('ner-dev (CoNLL news), lines kept', 'boundary F1')).toBeGreaterThanOrEqual(0.99);
    expect(value('ner-dev (CoNLL news), lines run on', 'boundary F1')).toBeGreaterThanOrEqual(0.99);
  });
});
