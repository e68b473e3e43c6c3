import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

describe('set parsers', () => {
  positives([
    ['The council meets every week.', [['every week', 'P1W']]],
    ['Flights leave each Thursday.', [['each Thursday', 'XXXX-WXX-4']]],
    ['They march each July.', [['each July', 'XXXX-07']]],
    ['Protesters gather daily.', [['daily', 'P1D']]],
    ['The fee is paid annually.', [['annually', 'P1Y']]],
    ['The board meets twice a month.', [['twice a month', 'P1M']]],
    ['Buses run every three weeks.', [['every three weeks', 'P3W']]],
  ]);
  negatives([
    // Rates after an amount: TimeBank leaves most unmarked, so neither a set nor a duration.
    'Migrants send $1 billion a year home.',
    'Qantas runs four flights a week.',
    'Revenue should rise 8.5% annually.','Each of them spoke.', 'Everyone agreed.']);
});
