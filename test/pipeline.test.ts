import { describe, expect, it } from 'vitest';
import { mine, sliceCodePoints } from '../src/index.js';

describe('mine()', () => {
  it('returns every key of the contract, in order', () => {
    const doc = mine('Hello world. Second sentence.');
    expect(Object.keys(doc)).toEqual([
      'id', 'path', 'format', 'title', 'published', 'authors', 'url', 'referenceDate', 'paragraphs', 'sentences',
      'boilerplate', 'numbers', 'dates', 'people', 'places', 'quotes',
    ]);
    expect(doc.sentences).toEqual([
      { start: 0, end: 12 },
      { start: 13, end: 29 },
    ]);
  });

  it('slices sentences exactly, in code points, after astral characters', () => {
    const text = '🎉🎉 First one. 𝒳 Second one.';
    const doc = mine(text);
    expect(doc.sentences.map((s) => sliceCodePoints(text, s.start, s.end))).toEqual(['🎉🎉 First one.', '𝒳 Second one.']);
  });

  it('with only: [] segments but extracts nothing', () => {
    const doc = mine('He said 5 things on Monday.', { only: [] });
    expect(doc.numbers).toEqual([]);
    expect(doc.sentences).toHaveLength(1);
  });
});
