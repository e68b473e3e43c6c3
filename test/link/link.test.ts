import { describe, expect, it } from 'vitest';
import { linkPeople } from '../../src/link/people.js';
import { nameKey, sameName } from '../../src/link/similar.js';

describe('sameName', () => {
  it.each([
    ['Zelensky', 'Zelenskyy'],
    ['Zelensky', 'Zelenskiy'],
    ['Volodomyr', 'Volodymyr'],
    ['José', 'Jose'],
    ['Syrskyi', 'Syrsky'],
  ])('%s = %s', (a, b) => expect(sameName(a, b)).toBe(true));

  it.each([
    ['Lee', 'Leo'],
    ['Putin', 'Pution2'],
    ['Smith', 'Smyth-Jones'],
    ['Hussain', 'Hussein-Ali'],
  ])('%s ≠ %s', (a, b) => expect(sameName(a, b)).toBe(false));

  it('keys drop accents and double letters', () => {
    expect(nameKey('Zelenskyy')).toBe(nameKey('Zelenskiy'));
  });
});

describe('linkPeople', () => {
  it('links surnames to the full name, before and after it', () => {
    expect(linkPeople(['Syrskyi', 'Oleksandr Syrskyi', 'Syrskyi'])).toEqual(['Oleksandr Syrskyi', 'Oleksandr Syrskyi', 'Oleksandr Syrskyi']);
  });

  it('takes the fullest form, spelled as most often', () => {
    expect(linkPeople(['Volodomyr Zelenskyy', 'Volodymyr Zelenskyy', 'Volodymyr Zelenskyy', 'Zelensky'])).toEqual(
      Array(4).fill('Volodymyr Zelenskyy'),
    );
  });

  it('keeps two people with one surname apart and links to the nearest one before', () => {
    expect(linkPeople(['Boris Yeltsin', 'Naina Yeltsin', 'Yeltsin'])).toEqual(['Boris Yeltsin', 'Naina Yeltsin', 'Naina Yeltsin']);
  });

  it('leaves a surname-only person as written', () => {
    expect(linkPeople(['Lebed', 'Lebed'])).toEqual(['Lebed', 'Lebed']);
  });

  it('does not link different surnames', () => {
    expect(linkPeople(['Peter Such', 'Nasser Hussain', 'Such'])).toEqual(['Peter Such', 'Nasser Hussain', 'Peter Such']);
  });
});
