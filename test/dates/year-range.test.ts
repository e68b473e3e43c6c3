import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

describe('year-range parser', () => {
  positives([
    ['Output fell in 2009-2010.', [['2009', '2009'], ['2010', '2010']]],
    ['The 1957-58 season was his best.', [['1957', '1957'], ['58', '1958']]],
    ['The budget for 1990/91 was cut.', [['1990', '1990'], ['91', '1991']]],
  ]);
  negatives(['The home side won 2-1.', 'Call 555-1234 for details.', 'Version 2.10.3 fixed it.', 'Room 2010-2009 is closed.']);
});
