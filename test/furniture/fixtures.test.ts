import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mine } from '../../src/index.js';

// The hand-annotated furniture fixtures: boilerplate spans (code points),
// authors and publication date must come out exactly.
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
const cases = readdirSync(FIXTURES).filter((d) => d.startsWith('furniture-'));

describe('furniture fixtures', () => {
  it('there are at least three', () => expect(cases.length).toBeGreaterThanOrEqual(3));
  it.each(cases)('%s', (name) => {
    const text = readFileSync(path.join(FIXTURES, name, 'input.txt'), 'utf8');
    const want = JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8'));
    const got = mine(text, { only: [] });
    expect(got.boilerplate.map((b) => [...text].slice(b.start, b.end).join(''))).toEqual(
      want.boilerplate.map((b: { start: number; end: number }) => [...text].slice(b.start, b.end).join('')),
    );
    expect(got.boilerplate).toEqual(want.boilerplate);
    expect(got.authors).toEqual(want.authors);
    expect(got.published).toBe(want.published);
    expect(got.referenceDate).toBe(want.referenceDate);
  });
});
