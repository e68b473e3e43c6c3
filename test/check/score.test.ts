import { describe, expect, it } from 'vitest';
import { prf, summarise } from '../../src/check/score.js';
import { zeroCounts, type CaseResult, type Counts } from '../../src/check/types.js';

const aCase = (status: CaseResult['status'], numbers?: Partial<Counts>): CaseResult => ({
  path: 'c', input: 'c/input.txt', status, errors: [], warnings: [], kinds: numbers ? ['numbers'] : [],
  counts: numbers ? { numbers: { ...zeroCounts(), ...numbers } } : {}, document: {}, differences: [],
});

describe('prf', () => {
  it.each([
    [[4, 5, 5], [0.8, 0.8, 0.8]],
    [[0, 0, 0], [1, 1, 1]],
    [[0, 3, 0], [0, 1, 0]],
    [[0, 0, 3], [0, 0, 0]],
    [[2, 2, 4], [1, 0.5, 2 / 3]],
  ])('tp, found, expected = %j', ([tp, found, expected], [p, r, f1]) => {
    const s = prf(tp, found, expected);
    expect(s.precision).toBeCloseTo(p);
    expect(s.recall).toBeCloseTo(r);
    expect(s.f1).toBeCloseTo(f1);
  });
});

describe('summarise', () => {
  it('adds counts over cases (micro average)', () => {
    const r = summarise([aCase('fail', { expected: 3, found: 3, matched: 2 }), aCase('pass', { expected: 2, found: 2, matched: 2 })], null);
    expect(r.kinds.numbers).toMatchObject({ cases: 2, expected: 5, found: 5, matched: 4 });
    expect(r.kinds.numbers.f1).toBeCloseTo(0.8);
    expect(r.kinds.quotes).toMatchObject({ cases: 0, f1: null, passed: true });
  });

  it.each([
    ['exact mode: all cases pass', [aCase('pass', {})], null, true],
    ['exact mode: one case differs', [aCase('pass', {}), aCase('fail', { expected: 1 })], null, false],
    ['floors: met exactly (19/20 against 0.95)', [aCase('fail', { expected: 20, found: 20, matched: 19 })], { all: 0.95, perKind: {} }, true],
    ['floors: missed', [aCase('fail', { expected: 20, found: 20, matched: 18 })], { all: 0.95, perKind: {} }, false],
    ['floors: a broken case fails the run', [aCase('pass', {}), aCase('broken')], { all: 0, perKind: {} }, false],
    ['no case at all', [], null, false],
  ])('%s', (_label, cases, floors, passed) => {
    expect(summarise(cases as CaseResult[], floors as never).passed).toBe(passed);
  });
});
