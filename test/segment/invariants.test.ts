import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../bench/shared.js';
import { segment } from '../../src/segment/index.js';
import type { Span } from '../../src/types.js';

// Properties every segmentation must have, on hand-made texts and (when
// ../shared/corpus is there) on real newswire and web copy.

const SPACE = /\s/u;

/** What is wrong with these ranges over `text` (expect() per range is too slow for 200,000 of them). */
function rangeErrors(text: string, spans: Span[], what: string): string[] {
  const errors: string[] = [];
  let last = -1;
  for (const s of spans) {
    const slice = JSON.stringify(text.slice(s.start, s.end)).slice(0, 80);
    if (s.start < 0 || s.end > text.length || s.end <= s.start) errors.push(`${what} out of bounds or empty: ${s.start}-${s.end}`);
    else if (s.start < last) errors.push(`${what} overlaps the one before: ${slice}`);
    else if (SPACE.test(text[s.start]) || SPACE.test(text[s.end - 1])) errors.push(`${what} not trimmed: ${slice}`);
    last = s.end;
  }
  return errors;
}

export function checkSegmentation(text: string): void {
  const { paragraphs, sentences } = segment(text);
  const errors = [...rangeErrors(text, paragraphs, 'paragraph'), ...rangeErrors(text, sentences, 'sentence')];
  let p = 0;
  for (const s of sentences) {
    while (p < paragraphs.length && paragraphs[p].end < s.end) p++;
    if (!(p < paragraphs.length && paragraphs[p].start <= s.start && s.end <= paragraphs[p].end)) {
      errors.push(`sentence crosses a paragraph boundary: ${JSON.stringify(text.slice(s.start, s.end)).slice(0, 80)}`);
    }
  }
  expect(errors.slice(0, 5)).toEqual([]);
}

const HAND_MADE = [
  '',
  '   \n\n \t ',
  'a',
  '.',
  '🎉🎉 First one. 𝒳 Second one.\n\nThird 🇺🇦 one!',
  '  Leading and trailing space.  \n',
  'One.\u00a0Two.\u2028Three.\u2029Four.',
  '"\n"\n"',
  '(((((',
  ')))) ]]]] .... !!!! ????',
  '1.\n2.\n3.',
  'A.\nB.\nC.',
  '• \n- \n* ',
  'COCOA REVIEW\n\nSALVADOR, Feb 26 - Showers continued throughout the week in\nthe cocoa zone, easing the drought.\n    Arrivals were 155,221 bags.',
];

describe('invariants on hand-made texts', () => {
  it.each(HAND_MADE.map((t) => [t]))('%j', (text) => {
    checkSegmentation(text);
  });
});

describe('linear time on hostile input', () => {
  it.each([
    ['initials', 'A. '.repeat(100_000)],
    ['open brackets', '( word '.repeat(100_000)],
    ['dots', '.'.repeat(300_000)],
    ['spaced dots', '. '.repeat(150_000)],
    ['list markers', 'a) b) c) '.repeat(30_000)],
    ['one long line', 'word '.repeat(200_000)],
    ['many short lines', 'x\n'.repeat(200_000)],
  ])('%s', (_name, text) => {
    const t0 = performance.now();
    checkSegmentation(text);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});

function corpusSample(name: string, n: number): string[] {
  const file = sharedFile('corpus', name);
  if (!file) return [];
  const lines = gunzipSync(readFileSync(file)).toString('utf8').split('\n').filter(Boolean);
  const step = Math.max(1, Math.floor(lines.length / n));
  const out: string[] = [];
  for (let i = 0; i < lines.length && out.length < n; i += step) out.push((JSON.parse(lines[i]) as { text: string }).text);
  return out;
}

describe.each(['reuters-21578.jsonl.gz', 'bbc-news.jsonl.gz'])('invariants on %s (skipped without ../shared/corpus)', (name) => {
  const docs = corpusSample(name, 300);
  it.skipIf(docs.length === 0)('every range slices, is trimmed, and stays in its paragraph', () => {
    for (const d of docs) checkSegmentation(d);
  });
});
