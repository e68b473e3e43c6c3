import { describe, expect, it } from 'vitest';
import { only, texts } from './helpers.js';

describe('powers and scientific notation', () => {
  it.each([
    ['It is 1.1^23 now.', '1.1^23', 1.1 ** 23],
    ['It is 2.5^-1 now.', '2.5^-1', 0.4],
    ['It is -127.32e13 now.', '-127.32e13', -1.2732e15],
    ['It is 1.3x10^6 now.', '1.3x10^6', 1.3e6],
  ])('%s → %s', (text, span, value) => {
    expect(only(text, span).value).toBeCloseTo(value, 6);
  });

  it.each([['The e13 route.'], ['Send it to 3E Ltd.']])('finds nothing in %s', (text) => {
    expect(texts(text)).toEqual([]);
  });
});
