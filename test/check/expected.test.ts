import { describe, expect, it } from 'vitest';
import { parseExpected, validateExpected } from '../../src/check/expected.js';

// An astral character first, so code point and UTF-16 offsets differ by one.
const text = '🎉 More than 150 people, Zelensky said.';
const cps = Array.from(text);
const n150 = { start: 12, end: 15, text: '150', value: 150, kind: 'cardinal' };

describe('parseExpected', () => {
  it('reads an object, with or without a byte order mark', () => {
    expect(parseExpected('{"numbers": []}')).toEqual({ value: { numbers: [] } });
    expect(parseExpected('\ufeff{"numbers": []}')).toEqual({ value: { numbers: [] } });
  });

  it.each([
    ['{\n  "numbers": [,]\n}', /^invalid JSON at line 2 column 15: Unexpected token ','$/],
    ['{\n  "numbers": [],\n}', /^invalid JSON at line 3 column 1: /],
    ['', /invalid JSON/],
    ['[]', /must hold one JSON object/],
    ['"numbers"', /must hold one JSON object/],
  ])('%j is an error', (raw, message) => {
    const r = parseExpected(raw);
    expect('error' in r && r.error).toMatch(message);
  });
});

describe('validateExpected', () => {
  it.each([
    [{ numbers: [n150] }],
    [{ numbers: [], dates: [], people: [], places: [], quotes: [] }],
    [{ sentences: [{ start: 0, end: 38 }], boilerplate: [], paragraphs: [{ start: 0, end: 38, text: text.slice(0) }] }],
    [{ notes: 'why', referenceDate: '2025-04-10', title: null, authors: ['A B'], published: '2025-04-10', url: null, id: 'x', path: 'y', format: 'text' }],
    [{ people: [{ start: 24, end: 32, text: 'Zelensky', name: 'Volodymyr Zelensky', title: null, notes: 'surname only' }] }],
    [{ quotes: [{ start: 2, end: 6, text: 'More', kind: 'direct', speaker: { name: 'Zelensky', start: 24, end: 32 }, cue: 'said', closed: true }] }],
    [{ quotes: [{ start: 2, end: 6, text: 'More', kind: 'partial', speaker: null, cue: null, closed: false }] }],
    [{ numbers: [{ ...n150, value: [100, 200], approximate: 'more than', unit: null, subject: 'people' }] }],
    [{ dates: [{ start: 12, end: 15, text: '150', kind: 'date', value: null }] }],
  ])('accepts %j', (exp) => {
    expect(validateExpected(exp, cps)).toEqual([]);
  });

  it.each([
    [{ persons: [] }, 'unknown kind "persons"'],
    [{ numbers: {} }, 'numbers must be a list'],
    [{ numbers: [{ ...n150, text: '15' }] }, 'numbers[0] (12–15): text "15" does not match the input there, which reads "150"'],
    [{ numbers: [{ ...n150, start: 11, end: 14, text: '150' }] }, 'which reads " 15"'],
    [{ numbers: [{ start: 12, end: 15 }] }, 'numbers[0] (12–15) has no "text"'],
    [{ numbers: [{ ...n150, end: 99 }] }, 'numbers[0]: 12–99 are outside the input (38 code points)'],
    [{ numbers: [{ ...n150, end: 10 }] }, 'are outside the input'],
    [{ numbers: [{ ...n150, start: '12' }] }, 'start and end must be integers'],
    [{ numbers: [n150, n150] }, 'numbers[1] (12–15) has the same span as numbers[0]'],
    [{ numbers: [{ ...n150, vaule: 150 }] }, 'has unknown field "vaule"'],
    [{ numbers: [{ ...n150, value: '150' }] }, 'value must be a number or [low, high]'],
    [{ numbers: ['150'] }, 'numbers[0] must be an object'],
    [{ people: [{ start: 24, end: 32, text: 'Zelensky', name: null }] }, 'name must be a string'],
    [{ quotes: [{ start: 2, end: 6, text: 'More', speaker: 'Zelensky' }] }, 'speaker must be null or {"name", "start", "end"}'],
    [{ quotes: [{ start: 2, end: 6, text: 'More', speaker: { name: 'Z', start: 30, end: 90 } }] }, 'speaker offsets 30–90 are outside'],
    [{ quotes: [{ start: 2, end: 6, text: 'More', closed: 'yes' }] }, 'closed must be true or false'],
    [{ sentences: [{ start: 0, end: 5, text: 'nope' }] }, 'sentences[0] (0–5): text "nope" does not match'],
    [{ referenceDate: '10 April 2025' }, 'referenceDate must be a date like 2025-04-11'],
    [{ authors: 'A B' }, 'authors must be a list of strings'],
    [{ title: 5 }, 'title must be a string or null'],
  ])('rejects %j', (exp, message) => {
    const errors = validateExpected(exp as Record<string, unknown>, cps);
    expect(errors.join('\n')).toContain(message);
  });

  it('skips the keys it is told to (what --update rewrites)', () => {
    expect(validateExpected({ numbers: [{ ...n150, text: '15' }] }, cps, new Set(['numbers']))).toEqual([]);
  });
});
