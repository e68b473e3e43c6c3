import { readFileSync } from 'node:fs';
import path from 'node:path';
import { discoverCases } from '../../src/check/discover.js';
import { check } from '../../src/check/index.js';
import { SCORED_KINDS } from '../../src/check/types.js';
import { REPO_ROOT } from '../shared.js';
import type { ScoreRow, Scorer } from './types.js';

const SET = 'fixtures (hand-annotated)';

/**
 * The hand-annotated cases in fixtures/, through `newsmine check`: F1 per
 * kind (target: its floor in fixtures/floors.json), and value accuracy where
 * findings carry values. Needs nothing from ../shared/.
 */
export const scorer: Scorer = {
  name: 'fixtures',
  needs: [],
  async run() {
    const dir = path.join(REPO_ROOT, 'fixtures');
    const floors = JSON.parse(readFileSync(path.join(dir, 'floors.json'), 'utf8')) as Record<string, number>;
    if (!(await discoverCases([dir])).some((f) => 'dir' in f)) {
      console.error('fixtures: no cases in fixtures/ yet');
      return [];
    }
    const report = await check([dir]);
    const { cases, broken } = report.summary;
    if (cases === broken) {
      console.error('fixtures: no case could be checked (run `newsmine check fixtures/` to see why)');
      return [];
    }
    if (broken > 0) console.error(`fixtures: ${broken} broken case(s) left out (run \`newsmine check fixtures/\`)`);
    const rows: ScoreRow[] = [];
    for (const kind of SCORED_KINDS) {
      const s = report.kinds[kind];
      if (s.f1 === null) continue;
      // A floor of 0 is "not gated yet", not a target worth a tick.
      const floor = floors[kind] > 0 ? floors[kind] : undefined;
      rows.push({ set: SET, metric: `${kind} F1`, value: s.f1, n: s.expected, target: floor });
      if (s.valueAccuracy !== null) rows.push({ set: SET, metric: `${kind} value accuracy`, value: s.valueAccuracy, n: s.valueChecked });
    }
    return rows;
  },
};
