import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

describe('month-day-words parser', () => {
  positives([
    ["Women's Day is this coming Sunday, March eighth.", [['this coming Sunday, March eighth', '2025-03-08']], '2025-03-05'],
    ['The vote is on April twenty-first.', [['April twenty-first', '2025-04-21']]],
    ['It opened June the third.', [['June the third', '2025-06-03']]],
  ]);
  negatives(['We may second the motion.', 'The team will march first.']);
});
