// CI's accuracy gate: every hand-annotated case in fixtures/ is checked, and
// each kind's F1 must reach its floor in fixtures/floors.json.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discoverCases } from '../src/check/discover.js';
import { run } from '../src/cli/index.js';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const floors = JSON.parse(readFileSync(path.join(FIXTURES, 'floors.json'), 'utf8')) as Record<string, unknown>;
// "$comment" and other "$" keys explain the file; the rest are kind: floor.
const spec = Object.entries(floors)
  .filter(([k]) => !k.startsWith('$'))
  .map(([k, v]) => `${k}=${String(v)}`)
  .join(',');

async function check(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run({ argv, stdout: { write: (s: string) => (out += s) }, stderr: { write: (s: string) => (err += s) }, env: {} });
  return { code, out, err };
}

describe('fixtures/', () => {
  it('floors.json gives a floor between 0 and 1 for each kind it names', () => {
    for (const [kind, floor] of Object.entries(floors)) {
      if (kind.startsWith('$')) continue;
      expect(typeof floor === 'number' && floor >= 0 && floor <= 1, `${kind}: ${String(floor)}`).toBe(true);
    }
  });

  it('every kind reaches its floor (newsmine check fixtures/ --min-f1 <floors.json>)', async () => {
    const r = await check(['check', FIXTURES, '--min-f1', spec]);
    const cases = (await discoverCases([FIXTURES])).filter((f) => 'dir' in f);
    if (cases.length === 0) {
      // No case written yet: check says so (exit 2), and there is nothing to gate.
      expect(r.err).toContain('no cases found here');
      return;
    }
    expect(r.code, `\n${r.out}\n${r.err}`).toBe(0);
  });
});
