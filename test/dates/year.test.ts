import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

describe('year parser', () => {
  positives([
    ['The law was passed in 2014.', [['2014', '2014']]],
    ['Sales fell in fiscal 1989.', [['fiscal 1989', '1989']]],
    ['The group split in mid-1996.', [['mid-1996', '1996']]],
    ['Construction begins in early 1991.', [['early 1991', '1991']]],
    ['The target is the end of 1990.', [['the end of 1990', '1990']]],
    ['Profit fell in the 1988 period.', [['the 1988 period', '1988']]],
    ['Exports declined in the second half of 2004.', [['the second half of 2004', '2004-H2']]],
    ['The French 1986 current account surplus was revised.', [['1986', '1986']]],
    ['Sales rose in Febuary 1986.', [['1986', '1986']]],
  ]);
  negatives([
    // Names with a year in them.
    'It formed a venture called Orion 1980 to build parts.',
    'Powers under the Terrorism Act 2000 were used.',
    'The update runs on Windows 2000 machines.',
    'The index closed at 2082.1 points.',
    'It employs 1,990 people.',
    'The company sold 1990 shares.',
    'Flight 1549 landed safely.',
    'Inflation hit 2000%.',
    'It costs $1999.',
  ]);
});
