import { describe, expect, it } from 'vitest';
import { segment } from '../../src/segment/index.js';

// Control characters (NUL from a JSON "\u0000", DEL, C1 controls) are invisible: between two
// sentences they separate like a space, and they never glue a document into one sentence.
const sentences = (text: string): string[] => segment(text).sentences.map((s) => text.slice(s.start, s.end));

const SPLIT: [string, string, string[]][] = [
  ['NUL after a full stop', 'Kyiv said 1,000 on April 9.\u0000 Kyiv said more.', ['Kyiv said 1,000 on April 9.', 'Kyiv said more.']],
  ['NUL alone between sentences', 'It rained.\u0000The match went on.', ['It rained.', 'The match went on.']],
  ['DEL and a C1 control', 'It rained.\u007f\u0085 The match went on.', ['It rained.', 'The match went on.']],
  ['an ordinary space, as before', 'It rained. The match went on.', ['It rained.', 'The match went on.']],
];

const KEPT: [string, string][] = [
  ['NUL inside a sentence', 'Kyiv\u0000 said 1,000\u0000 on Tuesday.'],
  ['an abbreviation before NUL', 'Mr.\u0000 Smith said so.'],
];

describe('control characters between sentences', () => {
  it.each(SPLIT)('%s', (_rule, input, expected) => expect(sentences(input)).toEqual(expected));
  it.each(KEPT)('%s: one sentence', (_rule, input) => expect(sentences(input)).toHaveLength(1));
});
