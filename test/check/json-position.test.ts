import { describe, expect, it } from 'vitest';
import { syntaxErrorAt } from '../../src/check/json-position.js';

describe('syntaxErrorAt', () => {
  it.each([
    ['{}'], ['[]'], ['  3.5e-2 '], ['"a\\"b\\u00e9"'], ['{"a":[1,2,{"b":null}],"c":true,"d":false}'], ['[[[]],[{}]]'],
  ])('%s is valid: null', (raw) => {
    expect(() => JSON.parse(raw)).not.toThrow();
    expect(syntaxErrorAt(raw)).toBeNull();
  });

  it.each([
    ['', 0], ['{"a":1,}', 7], ['[1,]', 3], ['[1 2]', 3], ['{"a" 1}', 5], ['{"a":tru}', 5], ['"x', 0],
    ['{"a":1} x', 8], ['{\n  "numbers": [,]\n}', 16], ['{a:1}', 1], ['[01]', 2], ['["tab\there"]', 1],
  ])('%j breaks at %i', (raw, at) => {
    expect(() => JSON.parse(raw)).toThrow();
    expect(syntaxErrorAt(raw)).toBe(at);
  });
});
