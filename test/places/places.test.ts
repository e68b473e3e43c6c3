import { describe, expect, it } from 'vitest';
import { mine } from '../../src/index.js';

const places = (text: string) => mine(text, { only: ['places'] }).places.map((p) => ({ text: p.text, name: p.name, kind: p.kind, country: p.country }));
const texts = (text: string) => mine(text, { only: ['places'] }).places.map((p) => p.text);

// [rule, input, expected place spans]
const POSITIVE: [string, string, string[]][] = [
  ['country', 'Troops crossed into Ukraine overnight.', ['Ukraine']],
  ['country standing for its government', 'Russia said the talks had failed.', ['Russia']],
  ['capital standing for its government', 'Washington said sanctions would stay.', ['Washington']],
  ['dotted abbreviation', 'U.S. officials met their U.K. counterparts.', ['U.S.', 'U.K.']],
  ['direction word outside', 'Fighting raged in eastern Ukraine.', ['Ukraine']],
  ['lower-case designator outside', 'Shelling hit the Donetsk region again.', ['Donetsk']],
  ['coordinated regions', 'Attacks hit the eastern Sumy and Kharkiv regions.', ['Sumy', 'Kharkiv']],
  ['capitalised designator inside', 'Villages in Sumy Oblast were shelled.', ['Sumy Oblast']],
  ['city', 'The delegation flew to Beijing on Monday.', ['Beijing']],
  ['continent', 'Prices rose across Europe.', ['Europe']],
  ['dateline with date', 'LONDON 1996-08-30\nShares fell in early trade.', ['LONDON']],
  ['dateline with agency', 'KYIV, April 9 (Reuters) - Air raid sirens sounded.', ['KYIV']],
  ['ALL-CAPS headline country', 'SOCCER - ROMANIA BEAT LITHUANIA IN UNDER-21 MATCH.\nRomania won 2-1.', ['ROMANIA', 'LITHUANIA', 'Romania']],
  ['national team in a sports report stays a place', 'Romania beat Lithuania 2-1 in their under-21 soccer match. The coach was pleased with the goals.', ['Romania', 'Lithuania']],
  ['venue in a sports report', 'Essex took a firm grip on the match at Leicester after the first innings, scoring 372 runs.', ['Leicester']],
];

// [rule, input] that must yield no place
const NEGATIVE: [string, string][] = [
  ['demonym', 'Ukrainian and North Korean officials met.'],
  ['compound modifier', 'The Moscow-backed, Washington-based group spoke.'],
  ['organisation containing a place', 'The Bank of England raised rates.'],
  ['institution metonym', 'The Kremlin said nothing.'],
  ['town named like a common word, no evidence', 'Reading the report took hours.'],
  ['club named like its city in a sports report', 'Barcelona beat Milan 2-1 in the cup match and the coach praised his striker after the goals.'],
  ['county team in a cricket report', 'Leicestershire beat Somerset by an innings and 39 runs to lead the championship on points.'],
  ['person named like a town', 'Clinton met reporters.'],
];

describe('places: positive cases', () => {
  it.each(POSITIVE)('%s', (_rule, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('places: negative cases', () => {
  it.each(NEGATIVE)('%s', (_rule, input) => {
    expect(texts(input)).toEqual([]);
  });
});

describe('places: canonical name, kind, country', () => {
  it.each([
    ['Talks in Kyiv ended.', { text: 'Kyiv', name: 'Kyiv', kind: 'city', country: 'UA' }],
    ['Talks in the U.S. ended.', { text: 'U.S.', name: 'United States', kind: 'country', country: 'US' }],
    ['Talks in Britain ended.', { text: 'Britain', name: 'United Kingdom', kind: 'country', country: 'GB' }],
    ['Talks in Russia ended.', { text: 'Russia', name: 'Russia', kind: 'country', country: 'RU' }],
    ['Talks in Sumy Oblast ended.', { text: 'Sumy Oblast', name: 'Sumy', kind: 'region', country: 'UA' }],
    ['Talks in Europe ended.', { text: 'Europe', name: 'Europe', kind: 'other', country: null }],
  ])('%s', (input, expected) => {
    expect(places(input)).toEqual([expected]);
  });
});
