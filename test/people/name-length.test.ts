import { describe, expect, it } from 'vitest';
import { mine } from '../../src/index.js';
import { candidates, MAX_NAME_CHARS, MAX_NAME_WORDS } from '../../src/extract/names/candidates.js';
import { tokenize } from '../../src/extract/names/tokens.js';

// A name is at most MAX_NAME_WORDS words and MAX_NAME_CHARS characters: a longer capitalised run
// is a Title Case headline, a list or a repeated word, and is dropped (issue 10: "Kyiv " repeated
// over 2 MB became one 2 MB "person").
const cands = (text: string): string[] => candidates(tokenize(text, 0, text.length), text).map((c) => c.text);
const words = (n: number): string => ['Alpha', 'Bravo', 'Carlos', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel', 'India', 'Juliett'].slice(0, n).join(' ');

describe('name length: the limits', () => {
  it('are eight words and 100 characters', () => {
    expect([MAX_NAME_WORDS, MAX_NAME_CHARS]).toEqual([8, 100]);
  });
});

const KEPT: [string, string, string[]][] = [
  ['a particle name', 'Joost van der Westhuizen scored twice.', ['Joost van der Westhuizen']],
  ['an organisation joined by "of"', 'The Bank of England raised rates.', ['Bank of England']],
  ['eight capitalised words', `${words(8)} said so.`, [words(8)]],
  ['a name of exactly 100 characters', `${'A'.repeat(49)} ${'B'.repeat(50)} said so.`, [`${'A'.repeat(49)} ${'B'.repeat(50)}`]],
  ['a long Title Case line split at its stop words', 'Biden And Putin Meet In Geneva For Talks On Arms', ['Biden', 'Putin Meet', 'Geneva', 'Talks', 'Arms']],
];

const DROPPED: [string, string][] = [
  ['nine capitalised words', `${words(9)} said so.`],
  ['ten capitalised words', `${words(10)} said so.`],
  ['a name of 101 characters', `${'A'.repeat(50)} ${'B'.repeat(50)} said so.`],
  ['one word of 101 characters', `${'A'.repeat(101)} said so.`],
  ['a repeated place name', 'Kyiv '.repeat(1000)],
];

describe('name length: candidates kept', () => {
  it.each(KEPT)('%s', (_rule, input, expected) => expect(cands(input)).toEqual(expected));
});

describe('name length: candidates dropped', () => {
  it.each(DROPPED)('%s', (_rule, input) => expect(cands(input)).toEqual([]));
});

describe('name length through mine()', () => {
  it('"Kyiv " repeated is no person and no place', () => {
    const r = mine('Kyiv '.repeat(20_000));
    expect([r.people.length, r.places.length]).toEqual([0, 0]);
  });
  it('a short name in the same text is still found', () => {
    expect(mine('Maria Kovalenko visited Kyiv on Tuesday.').people.map((p) => p.text)).toEqual(['Maria Kovalenko']);
  });
});
