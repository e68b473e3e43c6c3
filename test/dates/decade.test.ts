import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

describe('decade parser', () => {
  positives([
    ['Prices soared in the 1990s.', [['the 1990s', '199']]],
    ['The stock peaked in the early 1980s.', [['the early 1980s', '198']]],
    ['Numbers dropped through the nineties.', [['the nineties', '199']]],
    ["It was popular in the '60s.", [["the '60s", '196']]],
  ]);
  negatives(['He is in his fifties.', 'Temperatures in the 30s are rare.']);
});
