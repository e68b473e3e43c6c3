import { describe, expect, it } from 'vitest';
import { sameValue, show } from '../../src/check/fields.js';
import { compareKind } from '../../src/check/match.js';

const text = 'More than 150 Chinese citizens fought, Zelensky said. “No,” he said.';
const cps = Array.from(text);
const n150 = { start: 10, end: 13, text: '150', value: 150, kind: 'cardinal', approximate: 'more than', unit: null, subject: 'Chinese citizens' };
const speaker = { name: 'Zelensky', start: 39, end: 47 };
const quote = { start: 55, end: 58, text: 'No,', kind: 'direct', speaker, cue: 'said', closed: true };

describe('compareKind', () => {
  it('identical lists: everything matched, no difference', () => {
    const r = compareKind('numbers', [n150], [{ ...n150 }], cps);
    expect(r.differences).toEqual([]);
    expect(r.counts).toEqual({ expected: 1, found: 1, matched: 1, valueChecked: 1, valueCorrect: 1, detailChecked: 1, detailCorrect: 1 });
  });

  it('empty expected and empty output: nothing to say', () => {
    expect(compareKind('quotes', [], [], cps)).toEqual({
      counts: { expected: 0, found: 0, matched: 0, valueChecked: 0, valueCorrect: 0, detailChecked: 0, detailCorrect: 0 },
      differences: [],
    });
  });

  it.each([
    ['an end one off', { ...n150, end: 14, text: '150 ' }],
    ['a start one off', { ...n150, start: 9, text: ' 150' }],
  ])('%s is one missing and one extra, not a match', (_label, got) => {
    const r = compareKind('numbers', [n150], [got], cps);
    expect(r.counts.matched).toBe(0);
    expect(r.differences.map((d) => d.type).sort()).toEqual(['extra', 'missing']);
  });

  it.each([
    ['value', { value: 15 }, 'key'],
    ['value as a range', { value: [150, 200] }, 'key'],
    ['kind', { kind: 'quantity' }, 'key'],
    ['approximate', { approximate: null }, 'detail'],
    ['subject', { subject: 'citizens' }, 'detail'],
  ])('a wrong %s is a "wrong" difference on that field', (field, change, group) => {
    const r = compareKind('numbers', [n150], [{ ...n150, ...change }], cps);
    expect(r.counts.matched).toBe(1);
    expect(r.differences).toHaveLength(1);
    expect(r.differences[0]).toMatchObject({ type: 'wrong', field: field.split(' ')[0], expected: n150[field.split(' ')[0] as 'value'] });
    expect(group === 'key' ? r.counts.valueCorrect : r.counts.detailCorrect).toBe(0);
    expect(group === 'key' ? r.counts.detailCorrect : r.counts.valueCorrect).toBe(1);
  });

  it.each([
    ['another name', { ...speaker, name: 'Volodymyr Zelensky' }],
    ['another mention', { name: 'Zelensky', start: 60, end: 62 }],
    ['no speaker', null],
  ])('a speaker with %s is wrong', (_label, got) => {
    const r = compareKind('quotes', [quote], [{ ...quote, speaker: got }], cps);
    expect(r.differences).toMatchObject([{ type: 'wrong', field: 'speaker', expected: speaker, got }]);
    expect(r.counts.valueCorrect).toBe(0);
  });

  it('a field absent from expected.json is not scored', () => {
    const { subject: _s, approximate: _a, unit: _u, ...bare } = n150;
    const r = compareKind('numbers', [bare], [{ ...n150, subject: 'anything' }], cps);
    expect(r.differences).toEqual([]);
    expect(r.counts.detailChecked).toBe(0);
  });

  it('spans (sentences) match on offsets only and take their text from the input', () => {
    const r = compareKind('sentences', [{ start: 0, end: 53 }], [{ start: 0, end: 53 }, { start: 54, end: 68 }], cps);
    expect(r.counts).toMatchObject({ expected: 1, found: 2, matched: 1, valueChecked: 0 });
    expect(r.differences).toMatchObject([{ type: 'extra', start: 54, end: 68, text: '“No,” he said.', after: '' }]);
  });

  it('a difference carries up to 40 code points of context either side', () => {
    const r = compareKind('people', [{ start: 39, end: 47, text: 'Zelensky', name: 'Zelensky' }], [], cps);
    expect(r.differences[0]).toMatchObject({ type: 'missing', before: 'More than 150 Chinese citizens fought, ', after: ' said. “No,” he said.' });
  });
});

describe('sameValue', () => {
  it.each([
    [150, 150], [1 / 3, 0.3333333333333333], [2.5e9, 2500000000.0000005], [[200, 900], [200, 900]],
    [null, null], ['P2M', 'P2M'], [{ name: 'A', start: 1, end: 2 }, { end: 2, start: 1, name: 'A' }],
  ])('%j equals %j', (a, b) => expect(sameValue(a, b)).toBe(true));

  it.each([
    [150, 15], [0.33, 1 / 3], [[200, 900], 200], [null, 0], ['P2M', 'p2m'], [null, { name: 'A', start: 1, end: 2 }],
    [{ name: 'A', start: 1, end: 2 }, { name: 'A', start: 1, end: 3 }], ['', null],
  ])('%j differs from %j', (a, b) => expect(sameValue(a, b)).toBe(false));
});

describe('show', () => {
  it.each([
    [{ name: 'He', start: 3, end: 5 }, '"He" @3–5'], [null, 'null'], [[1, 2], '[1,2]'], ['x', '"x"'], [undefined, '(none)'],
  ])('%j → %s', (v, s) => expect(show(v)).toBe(s));
});
