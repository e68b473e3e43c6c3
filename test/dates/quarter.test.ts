import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

describe('quarter parser', () => {
  positives([
    ['The economy grew in the third quarter.', [['the third quarter', '2024-Q3']], '2024-10-26'],
    ['It reported third-quarter profit of $5 million.', [['third-quarter', '2024-Q3']], '2024-10-26'],
    ['Sales fell in the fourth quarter.', [['the fourth quarter', '2024-Q4']], '2025-01-26'],
    ['Net rose in the third quarter of 1984.', [['the third quarter of 1984', '1984-Q3']]],
    // A half or quarter "of" something that is not a year is a part of that thing;
    // an amount after "of" is the quarter's own figure.
    ["Sales were flat in the last half of the '80s.", [["the '80s", '198']]],
    ['It posted a loss for the third quarter of $226.3 million.', [['the third quarter', '2024-Q3']], '2024-10-26'],
    ['Earnings for the last half of 1989 fell.', [['the last half of 1989', '1989-H2']]],
    ['Losses narrowed in the first half.', [['the first half', '2025-H1']], '2025-08-01'],
    [
      'Net rose in the third quarter. In the year-earlier quarter, it lost money.',
      [['the third quarter', '2024-Q3'], ['the year-earlier quarter', '2023-Q3']],
      '2024-10-26',
    ],
    ['Net rose in the third quarter from a year ago.', [['the third quarter', '2024-Q3'], ['a year ago', '2023-Q3']], '2024-10-26'],
    ['Net rose 5% in the quarter.', [['the quarter', '2024-Q3']], '2024-10-26'],
    // A fiscal quarter takes the year of the day it ended.
    ['It lost money in the second quarter ended Oct. 31.', [['the second quarter', '2023-Q2'], ['Oct. 31', '2023-10-31']], '2024-10-26'],
  ]);
  negatives([
    'A quarter of voters stayed home.',
    'He lives in the French Quarter.',
    'Half the city lost power.',
    'He scored twice in the second half of the game.',
    'Growth slowed in the first quarter of the century.',
    'The first half of the match was dull.',
  ]);
});
