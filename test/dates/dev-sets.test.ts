import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../bench/shared.js';
import { scorer as timex } from '../../bench/score/timex.js';

// The TempEval-3 style figures on timex-dev must stay at or above the
// issue's bars. Skipped cleanly when ../shared/ is not there.
const dev = sharedFile('dev', 'timex-dev.jsonl');

describe.skipIf(!dev)('timex-dev (TimeBank + AQUAINT)', () => {
  it('meets strict ≥ 0.82, relaxed ≥ 0.90, value F1 ≥ 0.78', async () => {
    const rows = await timex.run(dev!.replace(/\/timex-dev\.jsonl$/, ''));
    const get = (metric: string) => rows.find((r) => r.metric === metric)!.value;
    expect(get('TIMEX strict span F1')).toBeGreaterThanOrEqual(0.82);
    expect(get('TIMEX relaxed span F1')).toBeGreaterThanOrEqual(0.9);
    expect(get('TIMEX value F1 (TE3)')).toBeGreaterThanOrEqual(0.78);
  });
  // Regression floors a little under the measured 0.898 / 0.950 / 0.831, so a change that loses ground shows.
  it('stays near its measured figures (strict ≥ 0.88, relaxed ≥ 0.94, value F1 ≥ 0.82)', async () => {
    const rows = await timex.run(dev!.replace(/\/timex-dev\.jsonl$/, ''));
    const get = (metric: string) => rows.find((r) => r.metric === metric)!.value;
    expect(get('TIMEX strict span F1')).toBeGreaterThanOrEqual(0.88);
    expect(get('TIMEX relaxed span F1')).toBeGreaterThanOrEqual(0.94);
    expect(get('TIMEX value F1 (TE3)')).toBeGreaterThanOrEqual(0.82);
  });
});
