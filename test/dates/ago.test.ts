import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

describe('ago parser', () => {
  positives([
    ['The war began four years ago.', [['four years ago', '2021']]],
    ['He was freed two months ago.', [['two months ago', '2025-02']]],
    ['She left 10 days ago.', [['10 days ago', '2025-03-30']]],
    ['The plant closed a decade ago.', [['a decade ago', '201']]],
    ['It happened several years ago.', [['several years ago', 'PAST_REF']]],
    ['Rwanda was attacked nearly four years ago.', [['nearly four years ago', '2021']]],
  ]);
  negatives(['Ago is a word.', 'Long ago and far away.']);
});
