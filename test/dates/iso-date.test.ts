import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

describe('iso-date parser', () => {
  positives([
    ['LONDON 1996-08-30', [['1996-08-30', '1996-08-30']]],
    ['The filing is dated 8/30/1996.', [['8/30/1996', '1996-08-30']]],
    ['Posted 30/08/96 by staff.', [['30/08/96', '1996-08-30']]],
    ['Logged at 2025-04-11T20:46 UTC.', [['2025-04-11T20:46', '2025-04-11T20:46']]],
  ]);
  negatives(['Call 1-800-555-0199.', 'Version 1.2.3 is out.', 'Code 2025-99-99 failed.', 'He won 6/4 in the final.']);
});
