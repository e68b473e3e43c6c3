import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

describe('deictic-day parser', () => {
  positives([
    ['The parliament votes today.', [['today', '2025-04-09']]],
    ["Yesterday's vote was close.", [['Yesterday', '2025-04-08']]],
    ['The court rules tomorrow.', [['tomorrow', '2025-04-10']]],
    ['The president speaks tonight.', [['tonight', '2025-04-09TNI']]],
    ['Drones struck the city last night.', [['last night', '2025-04-08TNI']]],
    ['The ministry said this morning that two died.', [['this morning', '2025-04-09TMO']]],
    ['The decree was signed late yesterday.', [['late yesterday', '2025-04-08']]],
    ['the day before yesterday', [['the day before yesterday', '2025-04-07']]],
    ['The unit told the newspaper earlier in the day.', [['earlier in the day', '2025-04-09']]],
    ['Planting was delayed earlier in the year by rain.', [['earlier in the year', '2025']]],
    ['The air force said Russia launched 40 drones overnight.', [['overnight', '2025-04-08TNI']]],
    ['By mid-afternoon, the streets were empty.', [['mid-afternoon', '2025-04-09TAF']]],
    ["Analysts await the outcome of today's vote.", [['today', '2025-04-09']]],
    // "overnight" is the night before the day being reported: the day last
    // mentioned when it is one of the past week's, else the reference day.
    ['Stocks closed lower Monday, hit by overnight losses in Asia.', [['Monday', '2025-04-07'], ['overnight', '2025-04-06TNI']]],
    ['The bridge opened on April 8. Drones struck overnight.', [['April 8', '2025-04-08'], ['overnight', '2025-04-07TNI']]],
    ['The law passed in March 2020. Drones struck overnight.', [['March 2020', '2020-03'], ['overnight', '2025-04-08TNI']]],
    ['Talks will resume Friday. Drones struck overnight.', [['Friday', '2025-04-11'], ['overnight', '2025-04-08TNI']]],
    ['The deal was signed on March 20. Drones struck overnight.', [['March 20', '2025-03-20'], ['overnight', '2025-04-08TNI']]],
  ]);
  negatives(['If I were choosing the people of tomorrow, I would pick them.', 'This is VOA Today.', 'Day-to-day operations continue.', 'The last word belongs to voters.', 'He booked an overnight stay.', 'Success did not come overnight-style.']);
});
