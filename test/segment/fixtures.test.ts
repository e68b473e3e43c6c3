import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../bench/shared.js';
import { codePointMap, sliceCodePoints } from '../../src/offsets.js';
import { segment } from '../../src/segment/index.js';
import type { Span } from '../../src/types.js';

// The hand-annotated fixtures/sent-* cases: the annotation is well formed, and
// the segmenter reproduces every sentence and paragraph range exactly.

interface Expected {
  referenceDate: string;
  notes: string;
  paragraphs?: Span[];
  sentences: Span[];
}

const dir = path.join(REPO_ROOT, 'fixtures');
const cases = existsSync(dir) ? readdirSync(dir).filter((d) => d.startsWith('sent-')).sort() : [];

describe.each(cases)('fixtures/%s', (name) => {
  const text = readFileSync(path.join(dir, name, 'input.txt'), 'utf8');
  const expected = JSON.parse(readFileSync(path.join(dir, name, 'expected.json'), 'utf8')) as Expected;
  const toCp = codePointMap(text);
  const cp = (spans: Span[]) => spans.map((s) => ({ start: toCp(s.start), end: toCp(s.end) }));
  const got = segment(text);

  it('is annotated: reference date, notes, trimmed spans', () => {
    expect(expected.referenceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(expected.notes.length).toBeGreaterThan(40);
    for (const s of [...expected.sentences, ...(expected.paragraphs ?? [])]) {
      const slice = sliceCodePoints(text, s.start, s.end);
      expect(slice.trim()).toBe(slice);
      expect(slice.length).toBeGreaterThan(0);
    }
  });

  it('sentences match the annotation', () => {
    expect(cp(got.sentences).map((s) => sliceCodePoints(text, s.start, s.end))).toEqual(
      expected.sentences.map((s) => sliceCodePoints(text, s.start, s.end)),
    );
    expect(cp(got.sentences)).toEqual(expected.sentences);
  });

  it.skipIf(!expected.paragraphs)('paragraphs match the annotation', () => {
    expect(cp(got.paragraphs)).toEqual(expected.paragraphs);
  });
});

it('there are at least four sentence fixtures', () => {
  expect(cases.length).toBeGreaterThanOrEqual(4);
});
