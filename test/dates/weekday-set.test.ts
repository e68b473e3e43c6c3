import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

// Reference date 2025-04-09, a Wednesday.
describe('weekday-set parser: plural weekdays recur', () => {
  positives([
    ['The museum is closed on Sundays.', [['Sundays', 'XXXX-WXX-7']]],
    ['He hosts a show Friday evenings.', [['Friday evenings', 'XXXX-WXX-5TEV']]],
    // The plural part of the day belongs to both days.
    ['Two flights leave on Monday and Tuesday nights.', [['Monday', 'XXXX-WXX-1TNI'], ['Tuesday nights', 'XXXX-WXX-2TNI']]],
    ['Markets open on Saturday or Sunday mornings.', [['Saturday', 'XXXX-WXX-6TMO'], ['Sunday mornings', 'XXXX-WXX-7TMO']]],
    // No part of the day to share: the first day is one day.
    ['Flights left on Monday and Tuesdays.', [['Monday', '2025-04-07'], ['Tuesdays', 'XXXX-WXX-2']]],
    // The singular is one day, for the weekday parser.
    ['They met on Monday and Tuesday.', [['Monday', '2025-04-07'], ['Tuesday', '2025-04-08']]],
    ['The vote failed on Tuesday night.', [['Tuesday night', '2025-04-08TNI']]],
    ["Sunday's game was close.", [['Sunday', '2025-04-06']]],
  ]);
  negatives(['Ordinary days are busy.', 'Sundaysoft is a brand.']);
});
