import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

describe('anaphoric parser', () => {
  positives([
    [
      'The strike began on March 3. The following day, talks collapsed.',
      [['March 3', '2025-03-03'], ['The following day', '2025-03-04']],
    ],
    ['He arrived on May 22, 1995. The next year he left.', [['May 22, 1995', '1995-05-22'], ['The next year', '1996']]],
    ['The vote was on Monday. The day before, crowds gathered.', [['Monday', '2025-04-07'], ['The day before', '2025-04-06']]],
    ['He was arrested in 1990. That year, the war began.', [['1990', '1990'], ['That year', '1990']]],
    ['With no date before it, the next day is counted from publication.', [['the next day', '2025-04-10']]],
    ['The site went down on April 2. It was restored that same day.', [['April 2', '2025-04-02'], ['that same day', '2025-04-02']]],
    // In apposition to a date, "the day before <event>" is that date.
    ['Stocks fell after Oct. 12, the day before the market plunged.', [['Oct. 12', '2024-10-12'], ['the day', '2024-10-12']], '2025-04-09'],
  ]);
  negatives(['The following points matter.', 'That is the day.']);
});
