import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

describe('season parser', () => {
  positives([
    ['The offensive is expected in spring.', [['spring', '2025-SP']]],
    ['Wildfires burned last summer.', [['last summer', '2024-SU']]],
    ['Hiring picked up last fall.', [['last fall', '2024-FA']]],
    ['They will march this summer.', [['this summer', '2025-SU']]],
    ['Prices peaked in the winter of 1994.', [['the winter of 1994', '1994-WI']]],
    ['Moscow prepares a fresh spring offensive.', [['spring', '2025-SP']]],
    ['Parliament returns from its summer recess.', [['summer', '2025-SU']]],
  ]);
  negatives([ 'A spring mattress.', 'Winter Olympics champion Smith', 'The carmaker blamed the fall in profits on costs.', 'Prices fall when supply rises.', 'The fall of the Berlin Wall changed Europe.', 'Hot spring water.']);
});
