import { describe, expect, it } from 'vitest';
import { quotesExtractor } from '../../src/extract/quotes/index.js';
import { segment } from '../../src/segment/index.js';

// The whole extractor (scanner, clauses, attribution, names) must stay linear:
// four times the text may take at most six times as long, whatever the marks.
function run(text: string): number {
  const { paragraphs, sentences } = segment(text);
  const doc = { id: 't', path: null, format: 'text' as const, text, meta: { title: null, published: null, authors: [], url: null } };
  const t0 = performance.now();
  quotesExtractor.extract({ doc, text, paragraphs, sentences, boilerplate: [], referenceDate: null, found: {} });
  return performance.now() - t0;
}

function ratio(unit: string): number {
  const small = unit.repeat(Math.ceil(1_000_000 / unit.length));
  const large = unit.repeat(Math.ceil(4_000_000 / unit.length));
  run(small); // warm up the JIT
  // The best of three runs each, and the best of two such ratios: a garbage-collection pause or a
  // busy CI core should not decide it. A quadratic step would still give a ratio near 16.
  let best = Infinity;
  for (let attempt = 0; attempt < 2 && best >= 6; attempt++) {
    const a = Math.min(run(small), run(small), run(small));
    const b = Math.min(run(large), run(large), run(large));
    best = Math.min(best, b / a);
  }
  return best;
}

describe('linear time on unbalanced marks', () => {
  it('only opening marks in one paragraph: 1 MB vs 4 MB', () => {
    expect(ratio('“a b ')).toBeLessThan(6);
  });
  it('straight marks with reporting clauses, one long paragraph', () => {
    expect(ratio('"We said, he said" Smith said "and ')).toBeLessThan(6);
  });
  it('many short paragraphs each opening a quote that never closes', () => {
    expect(ratio('“It never ends, Jones said\n')).toBeLessThan(6);
  });
});
