// The checker's field table must follow the output contract, or an
// expected.json holding a new contract field would be refused as a typo.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIELDS } from '../../src/check/fields.js';
import { KINDS, type DocResult } from '../../src/types.js';
import { toContract } from '../../src/write/contract.js';
import { casePath } from './helpers.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('FIELDS', () => {
  it('names every field of every finding kind in the contract, and nothing else', () => {
    const span = { start: 0, end: 1, text: 'x' };
    const doc = toContract({
      id: 'x', path: null, format: 'text', title: null, published: null, authors: [], url: null, referenceDate: null,
      paragraphs: [], sentences: [], boilerplate: [],
      numbers: [{ ...span, value: 1, kind: 'cardinal', approximate: null, unit: null, subject: null }],
      dates: [{ ...span, kind: 'date', value: null }],
      people: [{ ...span, name: 'x', title: null }],
      places: [{ ...span, name: 'x', kind: 'city', country: null }],
      quotes: [{ ...span, kind: 'direct', speaker: null, cue: null, closed: true }],
    } as DocResult, 'x');
    for (const kind of KINDS) {
      const contract = Object.keys(doc[kind][0]).filter((k) => !['start', 'end', 'text'].includes(k)).sort();
      expect([...Object.keys(FIELDS[kind].key), ...Object.keys(FIELDS[kind].detail)].sort(), kind).toEqual(contract);
    }
  });
});

describe('the real command', () => {
  it('bin/newsmine.js check exits with the checker\'s code', () => {
    const bin = path.join(ROOT, 'bin', 'newsmine.js');
    const ok = spawnSync(process.execPath, [bin, 'check', casePath('real')], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('PASS');
    const broken = spawnSync(process.execPath, [bin, 'check', casePath('broken-kind')], { encoding: 'utf8' });
    expect(broken.status).toBe(2);
  });
});
