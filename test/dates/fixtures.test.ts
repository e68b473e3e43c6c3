import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mine } from '../../src/index.js';

// The hand-annotated fixtures/dates-* cases, checked the way `newsmine
// check` does: the case's referenceDate is passed as --ref-date, and each
// date must match in kind, start, end and value.
const ROOT = path.resolve(import.meta.dirname, '../../fixtures');
const cases = existsSync(ROOT) ? readdirSync(ROOT).filter((d) => d.startsWith('dates-')) : [];

interface Expected {
  referenceDate: string;
  dates: { start: number; end: number; text: string; kind: string; value: string | null }[];
}

describe('dates fixtures', () => {
  it('has at least five cases', () => expect(cases.length).toBeGreaterThanOrEqual(5));
  for (const name of cases) {
    it(name, () => {
      const input = readFileSync(path.join(ROOT, name, 'input.txt'), 'utf8');
      const expected = JSON.parse(readFileSync(path.join(ROOT, name, 'expected.json'), 'utf8')) as Expected;
      for (const d of expected.dates) expect([...input].slice(d.start, d.end).join('')).toBe(d.text);
      const doc = mine(input, { only: ['dates'], refDate: expected.referenceDate });
      expect(doc.referenceDate).toBe(expected.referenceDate);
      expect(doc.dates).toEqual(expected.dates);
    });
  }
});
