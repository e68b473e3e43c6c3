import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

// Capitalised time words inside running text are programme or book titles.
describe('titles refiner', () => {
  positives([
    ['Talks To Resume Next Week', [['Next Week', '2025-W16']]],
    ['Year-earlier net was $5 million.', [['Year-earlier', '2024']]],
    ['This week, the talks resumed.', [['This week', '2025-W15']]],
  ]);
  negatives(['He said on ABC News\' "This Week" that talks failed.', "Gonzalez said on CBS's ''60 Minutes'' that he was sad."]);
});
