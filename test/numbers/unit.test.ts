import { describe, expect, it } from 'vitest';
import { only, texts } from './helpers.js';

describe('quantities with units', () => {
  it.each([
    ['He carried 60 kilos.', '60 kilos', 60, 'kilos'],
    ['They walked 5 km.', '5 km', 5, 'km'],
    ['It shipped 300 tonnes.', '300 tonnes', 300, 'tonnes'],
    ['the 180ml liquid', '180ml', 180, 'ml'],
    ['a 10m wall', '10m', 10, 'm'],
    ['It was 20°C outside.', '20°C', 20, '°c'],
    ['It produced 1.45 mln tonnes.', '1.45 mln tonnes', 1.45e6, 'tonnes'],
    ['a 5-km run', '5-km', 5, 'km'],
    ['5 square kilometres of land', '5 square kilometres', 5, 'square kilometres'],
  ])('%s → %s', (text, span, value, unit) => {
    expect(only(text, span)).toMatchObject({ kind: 'quantity', value, unit, subject: null });
  });

  it('reads a glued "m" before a plural noun as million', () => {
    expect(only('It holds 1.5m barrels.', '1.5m barrels')).toMatchObject({ value: 1.5e6, unit: 'barrels' });
    expect(only('It reached 1.5m people.', '1.5m')).toMatchObject({ value: 1.5e6, kind: 'cardinal' });
  });

  it.each([['five people came'], ['a 5-star hotel']])('finds no quantity in %s', (text) => {
    expect(texts(text).filter((t) => /km|kg|star/.test(t))).toEqual([]);
  });
});
