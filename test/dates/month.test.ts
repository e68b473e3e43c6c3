import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

describe('month parser', () => {
  positives([
    ['The war began in February 2022.', [['February 2022', '2022-02']]],
    ['Talks resume in early April.', [['early April', '2025-04']]],
    ['He was arrested in December.', [['December', '2024-12']]],
    ['Elections will be held in June.', [['June', '2025-06']]],
    ['The deal was signed last May.', [['last May', '2024-05']]],
    ['In March, the company cut jobs.', [['March', '2025-03']]],
    ['The offer will expire at the end of November.', [['the end of November', '2025-11']]],
    ['It was agreed in June last year.', [['June last year', '2024-06']]],
    ['Prices rose in mid-November.', [['mid-November', '2024-11']]],
    ['In a March report, analysts estimated losses.', [['March', '2025-03']]],
    ['The firm faces a May deadline.', [['May', '2025-05']]],
  ]);
  negatives([
    'The March of Dimes raised money.',
    'May Smith chaired the meeting.',
    'Prices may fall further.',
    'Thousands march on the capital.',
    'April Ryan asked the question.',
    'Jan Kowalski was elected.',
  ]);
});
