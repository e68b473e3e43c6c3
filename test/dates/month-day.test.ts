import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

describe('month-day parser', () => {
  positives([
    ['The summit opened on April 9.', [['April 9', '2025-04-09']]],
    ['Assets as of Sept. 30 fell.', [['Sept. 30', '2024-09-30']]],
    ['The bombings on Aug. 7, 1998 killed 224 people.', [['Aug. 7, 1998', '1998-08-07']]],
    ['The Times said in an editorial on Saturday, April 12:', [['Saturday, April 12', '2025-04-12']]],
    ['The summit is on April 24 and 25.', [['April 24', '2025-04-24'], ['25', '2025-04-25']]],
    ['He arrived on 9 April 2025.', [['9 April 2025', '2025-04-09']]],
    ['The dividend is payable June 3.', [['June 3', '2025-06-03']]],
    ['The fiscal year ended March 31.', [['The fiscal year', 'P1Y'], ['March 31', '2025-03-31']]],
    ['The talks ended Feb. 26.', [['Feb. 26', '2025-02-26']]],
    ['A hearing is set for the week of March 6.', [['the week of March 6', '2025-W10']], '2025-02-24'],
  ]);
  negatives(['She sold 30 shares.', 'May 5 percent be enough?', 'The April 2-1 win.']);
});
