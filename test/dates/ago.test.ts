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

describe('ago parser: earnings comparisons', () => {
  positives([
    ['Net rose in the third quarter from $4 million a year earlier.', [['the third quarter', '2024-Q3'], ['a year earlier', '2023-Q3']], '2024-10-26'],
    // After "the first nine months", "a year earlier" is the year before.
    [
      'Net rose in the third quarter. In the first nine months, net rose to $9 million from $7 million a year earlier.',
      [['the third quarter', '2024-Q3'], ['the first nine months', 'P9M'], ['a year earlier', '2023']],
      '2024-10-26',
    ],
  ]);
});
