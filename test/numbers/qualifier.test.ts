import { describe, expect, it } from 'vitest';
import { only } from './helpers.js';

// Qualifiers stay outside the span and go to `approximate`, lower-cased.
describe('qualifiers', () => {
  it.each([
    ['More than 150 Chinese citizens', '150', 'more than'],
    ['at least 155 recruits', '155', 'at least'],
    ['nearly 300 times', '300', 'nearly'],
    ['roughly $3,500', '$3,500', 'roughly'],
    ['about 20 people', '20', 'about'],
    ['around 12,000 troops', '12,000', 'around'],
    ['some 12,000 troops', '12,000', 'some'],
    ['up to 5,000 drones', '5,000', 'up to'],
    ['at over 5,000, with', '5,000', 'over'],
    ['almost 40%', '40%', 'almost'],
    ['fewer than 10 cases', '10', 'fewer than'],
    ['approximately 11,000 soldiers', '11,000', 'approximately'],
    ['no more than 3 tanks', '3', 'no more than'],
    ['an estimated 2,000 people', '2,000', 'an estimated'],
    ['They sent 40 people.', '40', null],
  ])('%s → %s', (text, span, approximate) => {
    expect(only(text, span).approximate).toBe(approximate);
  });
});

// A quote mark between the words, or between the qualifier and the amount, does
// not hide the qualifier (news quotes a phrase inside it); the marks stay out of the value.
describe('qualifiers around quote marks', () => {
  it.each([
    ['Ukrainian units had “significantly more” than two Chinese citizens.', 'two', 'significantly more than'],
    ['At least "several hundred" Chinese citizens are fighting.', 'several hundred', 'at least'],
    ['at least “155” recruits', '155', 'at least'],
    ['“more than” 150 people', '150', 'more than'],
    ['far more than 40 people', '40', 'far more than'],
    // Not qualifiers: a quote's last word that only looks like one, and a mark with words in between.
    ['he said "it was about" and 40 people left', '40', null],
    ['“some” say 40 people', '40', null],
  ])('%s → %s', (text, span, approximate) => {
    expect(only(text, span).approximate).toBe(approximate);
  });
});
