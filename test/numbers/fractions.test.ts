import { describe, expect, it } from 'vitest';
import { only, texts } from './helpers.js';

// Fractions: spelled, glyphs, slashes and proportions ("1 in 5").
describe('fractions', () => {
  it.each([
    ['A third of them were killed.', 'A third', 1 / 3],
    ['A third killed in the attack.', 'A third', 1 / 3],
    ['three quarters of the vote', 'three quarters', 0.75],
    ['one and a half', 'one and a half', 1.5],
    ['forty two and a third', 'forty two and a third', 42 + 1 / 3],
    ['two-thirds voted yes', 'two-thirds', 2 / 3],
    ['half the staff left', 'half', 0.5],
    ['a hundredth of it', 'a hundredth', 0.01],
    ['one hundred and thirty fifths', 'one hundred and thirty fifths', 26],
    ['two hundred and fifty-four hundredths', 'two hundred and fifty-four hundredths', 200.54],
    ['The result is ½ now.', '½', 0.5],
    ['The result is 3/4 now.', '3/4', 0.75],
    ['The result is -4/5 now.', '-4/5', -0.8],
    ['One in five adults smoke.', 'One in five', 0.2],
    ['It is 1 over 3.', '1 over 3', 1 / 3],
    ['two out of five hundred tvs', 'two out of five hundred', 0.004],
    ['Shares fell 1-3/8 to 24-1/2.', '1-3/8', 1.375],
    ['Shares fell 1-3/8 to 24-1/2.', '24-1/2', 24.5],
  ])('%s → %s', (text, span, value) => {
    const f = only(text, span);
    expect(f.value).toBeCloseTo(value, 12);
    expect(f.kind).toBe('fraction');
  });

  it.each([
    ['Open 24/7 all year.'],
    ['The growth slowed in the second half of 2004.'],
    ['A half-brother came.'],
  ])('finds no fraction in %s', (text) => {
    expect(texts(text).filter((t) => /half|\//.test(t))).toEqual([]);
  });

  it('reads "a third country" as the ordinal, not a share', () => {
    const f = only('China would be a third country to send troops.', 'third');
    expect(f).toMatchObject({ kind: 'ordinal', value: 3, subject: 'country' });
  });

  it('keeps "five out of three" as two numbers: a proportion is below one', () => {
    expect(texts('I see five out of three pieces.')).toEqual(['five', 'three']);
  });
});
