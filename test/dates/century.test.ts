import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

describe('century parser', () => {
  positives([
    ['She is a 20th century democrat.', [['20th century', '19']]],
    ['The temple dates from the eleventh century.', [['the eleventh century', '10']]],
  ]);
  negatives(['The Century Club met.', 'Centurion bank rose.']);
});
