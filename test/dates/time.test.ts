import { describe, expect, it } from 'vitest';
import { found, foundKinds, negatives, positives } from './helpers.js';

describe('time parser and date-time merge', () => {
  positives([
    ['The blast came at 7:15 p.m.', [['7:15 p.m.', '2025-04-09T19:15']]],
    ['Kidnapped at 10 p.m. Wednesday, he was freed.', [['10 p.m. Wednesday', '2025-04-09T22:00']]],
    ['Talks broke off at noon Thursday.', [['noon Thursday', '2025-04-10T12:00']], '2025-04-11'],
    // (A line holding only a date and time is page furniture, a timestamp: see src/furniture/.)
    ['The post went up on April 11, 2025 8:46 PM, the agency said.', [['April 11, 2025 8:46 PM', '2025-04-11T20:46']]],
    ['They met at 14:30 GMT.', [['14:30 GMT', '2025-04-09T14:30']]],
  ]);
  negatives(['For the people of Poland, high noon has come.', 'The score was 2:1 at half time.', 'I am here.', 'Read John 3:16.']);
  it('joins a time, its time zone and a date after "p.m." (the segmenter keeps them in one sentence)', () => {
    expect(found('The offer expires at 5 p.m. EST Nov. 9.')).toEqual([['5 p.m. EST Nov. 9', '2024-11-09T17:00']]);
  });
  it('marks times as kind time', () => {
    expect(foundKinds('Police arrived at 9 a.m.')).toEqual([['9 a.m.', 'time', '2025-04-09T09:00']]);
  });
});
