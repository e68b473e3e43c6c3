import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

describe('spelled-year parser', () => {
  positives([
    ['Keating was convicted in nineteen ninety-one.', [['nineteen ninety-one', '1991']]],
    ['The approach of the year two thousand worries them.', [['the year two thousand', '2000']]],
    ['It happened in nineteen eighty.', [['nineteen eighty', '1980']]],
  ]);
  negatives(['He paid two thousand dollars.', 'Nineteen people died.']);
});
