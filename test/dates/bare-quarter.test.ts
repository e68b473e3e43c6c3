import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

// Earnings copy: periods referred to without their name. Reference date 2024-10-26 (in Q4).
const REF = '2024-10-26';
describe('bare-quarter parser', () => {
  positives([
    ['Net rose 5% in the quarter.', [['the quarter', '2024-Q3']], REF],
    ['Net rose in the third quarter. In that quarter, sales fell.', [['the third quarter', '2024-Q3'], ['that quarter', '2024-Q3']], REF],
    // "the latest quarter" is the last one completed, whatever was mentioned before.
    ['It expects a fourth-quarter gain. Profit fell in the latest quarter.', [['fourth-quarter', '2024-Q4'], ['the latest quarter', '2024-Q3']], REF],
    ['Orders began to rise in the current quarter.', [['the current quarter', '2024-Q4']], REF],
    // Named by the day it ended: May to July is mostly Q2.
    ['In the quarter ended July 31, it earned $2 million.', [['the quarter', '2024-Q2'], ['July 31', '2024-07-31']], REF],
    // Comparisons with the same period a year before.
    ['Net rose in the third quarter. For the quarter a year ago, it lost $3 million.', [['the third quarter', '2024-Q3'], ['the quarter a year ago', '2023-Q3']], REF],
    ['Sales rose in the third quarter, up from the corresponding period last year.', [['the third quarter', '2024-Q3'], ['the corresponding period last year', '2023-Q3']], REF],
    ["Sales rose in the third quarter. Sales for last year's quarter were $3 million.", [['the third quarter', '2024-Q3'], ["last year's quarter", '2023-Q3']], REF],
    ['Net rose in the third quarter. In the 2023 period, it lost money.', [['the third quarter', '2024-Q3'], ['the 2023 period', '2023-Q3']], REF],
    // After "the first nine months", the comparison is with those months a year before.
    [
      'Net rose in the third quarter. For the nine months, net was $5 million, compared with year-earlier net of $4 million. In the year-earlier period, sales fell.',
      [['the third quarter', '2024-Q3'], ['the nine months', 'P9M'], ['year-earlier', '2023'], ['the year-earlier period', 'P9M']],
      REF,
    ],
  ]);
  negatives(['The period of mourning ended.', 'A quarter of voters stayed home.', 'He lives in the French Quarter.']);
});
