import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

describe('relative-unit parser', () => {
  positives([
    ['Prices rose last month.', [['last month', '2025-03']]],
    ['The talks continue this week.', [['this week', '2025-W15']]],
    ['He said earlier this week that it was over.', [['earlier this week', '2025-W15']]],
    ['The plant reopens early next year.', [['early next year', '2026']]],
    ['Sales fell last year.', [['last year', '2024']]],
    ['They met last week.', [['last week', '2025-W14']]],
    ['The accord was reached over the weekend.', [['the weekend', '2025-W14-WE']]],
    ['Jobs grew over the past year.', [['the past year', '2024']]],
    ['Losses rose in the year ended June 30.', [['the year', 'P1Y'], ['June 30', '2024-06-30']]],
    // "since year-end" counts from the last one.
    ['The index has risen 12% since year-end.', [['year-end', '2024-12-31']], '2025-10-30'],
    ['Net rose 5% in the first nine months of the year.', [['the first nine months', 'P9M'], ['the year', '2025']]],
    ['The stock hit a high for the year of $42.875.', [['the year', '2025']]],
  ]);
  negatives([
    'She was named woman of the year.','He was named man of the year.', 'The week of talks begins.', 'The yearbook was printed.']);
});
