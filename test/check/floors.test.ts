import { describe, expect, it } from 'vitest';
import { floorFor, parseFloors, parseKindList } from '../../src/check/floors.js';

describe('parseFloors (--min-f1)', () => {
  it.each([
    ['0.95', { all: 0.95, perKind: {} }],
    ['1', { all: 1, perKind: {} }],
    ['0', { all: 0, perKind: {} }],
    ['numbers=0.95,quotes=0.6', { all: null, perKind: { numbers: 0.95, quotes: 0.6 } }],
    ['0.8, quote=0.5', { all: 0.8, perKind: { quotes: 0.5 } }],
    ['Sentences=1', { all: null, perKind: { sentences: 1 } }],
  ])('%s', (spec, floors) => expect(parseFloors(spec)).toEqual(floors));

  it.each([
    ['', /needs a number/],
    ['1.5', /between 0 and 1/],
    ['95', /between 0 and 1/],
    ['-0.1', /between 0 and 1/],
    ['high', /between 0 and 1/],
    ['numbers=', /between 0 and 1/],
    ['nouns=0.5', /unknown kind "nouns"/],
    ['document=1', /unknown kind "document"/],
  ])('%j is refused', (spec, message) => expect(() => parseFloors(spec)).toThrow(message));

  it('a kind\'s own floor wins over the floor for all', () => {
    const f = parseFloors('0.8,quotes=0.5');
    expect(floorFor(f, 'quotes')).toBe(0.5);
    expect(floorFor(f, 'dates')).toBe(0.8);
    expect(floorFor(parseFloors('quotes=0.5'), 'dates')).toBeNull();
    expect(floorFor(null, 'dates')).toBeNull();
  });
});

describe('parseKindList (--kinds)', () => {
  it.each([
    ['numbers', ['numbers']],
    ['person, place,Quotes', ['people', 'places', 'quotes']],
    ['sentences,boilerplate,document,numbers,numbers', ['sentences', 'boilerplate', 'document', 'numbers']],
  ])('%s', (spec, kinds) => expect(parseKindList(spec)).toEqual(kinds));

  it.each([[''], [','], ['nouns'], ['numbers,verbs']])('%j is refused', (spec) => expect(() => parseKindList(spec)).toThrow());
});
