import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

describe('month and spelled-out year merge', () => {
  positives([
    ['January nineteen ninety-seven. Atlanta again.', [['January nineteen ninety-seven', '1997-01']]],
    ['Oil fell to levels we saw in the winter of nineteen ninety-four.', [['the winter of nineteen ninety-four', '1994-WI']]],
    ['It happened in June, 1990.', [['June, 1990', '1990-06']]],
  ]);
  negatives(['Nineteen ninety people attended.']);
});
