import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

describe('month-day-words parser', () => {
  positives([
    ["Women's Day is this coming Sunday, March eighth.", [['this coming Sunday, March eighth', '2025-03-08']], '2025-03-05'],
    ['The vote is on April twenty-first.', [['April twenty-first', '2025-04-21']]],
    ['It opened June the third.', [['June the third', '2025-06-03']]],
    // A cardinal day ends its phrase.
    ["I'll go back May twenty nine", [['May twenty nine', '2016-05-29']], '2016-11-07'],
    ['The hearing is set for June five.', [['June five', '2025-06-05']]],
    // Reuters spells days under ten: "payable April one to holders of record March 20".
    ['The dividend is payable April one to holders of record March 20.', [['April one', '2025-04-01'], ['March 20', '2025-03-20']]],
    ['In March two companies merged.', [['March', '2025-03']]],
  ]);
  negatives(['We may second the motion.', 'The team will march first.', 'May five people come?', 'June Thirty Smith spoke.']);
});
