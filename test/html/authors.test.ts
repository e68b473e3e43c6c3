import { describe, expect, it } from 'vitest';
import { parseAuthors } from '../../src/load/html/meta/authors.js';
import { chunkKind } from '../../src/load/html/meta/names.js';

describe('author strings to people', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['By Jane Doe and John Smith', ['Jane Doe', 'John Smith']],
    ['By Jane Doe, John Smith and Ana Ruiz', ['Jane Doe', 'John Smith', 'Ana Ruiz']],
    ['By Jane Doe, John Smith, and Ana Ruiz', ['Jane Doe', 'John Smith', 'Ana Ruiz']],
    ['Jane Doe & John Smith', ['Jane Doe', 'John Smith']],
    ['Par Claire Martin et Luc Bernard', ['Claire Martin', 'Luc Bernard']],
    ['Martin Untersinger (avec Damien Leloup et Morgane Tual)', ['Martin Untersinger', 'Damien Leloup', 'Morgane Tual']],
    ['Von Anna Schmidt und Jonas Weber', ['Anna Schmidt', 'Jonas Weber']],
    ['By Jane Doe with John Smith', ['Jane Doe', 'John Smith']],
    ['Reported by Jane Doe', ['Jane Doe']],
    ['Reported by Jane Doe and John Smith', ['Jane Doe', 'John Smith']],
    // where the story was filed from, whom for
    ['Ana Ruiz in Kyiv', ['Ana Ruiz']],
    ['Jane Doe in Kyiv and John Smith in New York', ['Jane Doe', 'John Smith']],
    ['By Jane Doe and John Smith for Dailyledger.com', ['Jane Doe', 'John Smith']],
    ['Jane Doe Special to The Ledger', ['Jane Doe']],
    // a name in capitals runs on into the outlet
    ['By JANE DOE Associated Press', ['Jane Doe']],
    ['By J. DOE of The Ledger', ['J. Doe']],
    // a spaced dash before a job; a handle beside the name
    ['By Jane Doe - Staff Writer', ['Jane Doe']],
    ['Jane Doe – Senior Reporter', ['Jane Doe']],
    ['Jane Doe @janedoe', ['Jane Doe']],
    ['By Jane Doe, Kyiv Bureau Chief', ['Jane Doe']],
    ['Mary-Kate Jones-Smith', ['Mary-Kate Jones-Smith']],
    // roles and outlets after the names
    ['By Jane Doe, Reuters', ['Jane Doe']],
    ['Jane Doe | Staff Writer', ['Jane Doe']],
    ['Jane Doe, CNN', ['Jane Doe']],
    ['By Jane Doe, Senior Political Correspondent', ['Jane Doe']],
    ['Jane Doe, The Associated Press', ['Jane Doe']],
    ['By Jane Doe, Kyiv Independent', ['Jane Doe']],
    ['Jane Doe Staff Writer', ['Jane Doe']],
    ['Ben Silverman | Games Editor', ['Ben Silverman']],
    ['By Jane Doe, Washington', ['Jane Doe']],
    // inverted names
    ['Doe, Jane', ['Jane Doe']],
    ['Kooman, F.', ['F. Kooman']],
    ['Jong, Michiel de', ['Michiel de Jong']],
    ['Doe, Jane; Roe, Richard', ['Jane Doe', 'Richard Roe']],
    // dates, times and other trailers
    ['By Jane Doe Updated March 3, 2024 10:15 AM', ['Jane Doe']],
    ['Jane Doe March 3, 2024', ['Jane Doe']],
    ['By Jane Doe on Tuesday, March 3', ['Jane Doe']],
    ['Written by Rob Ewaschuk\nEdited by Betsy Beyer', ['Rob Ewaschuk']],
    ['By Jane Doe, edited by John Smith', ['Jane Doe']],
    ['By JANE DOE and JOHN SMITH', ['Jane Doe', 'John Smith']],
    ['Jane Doe (@janedoe)', ['Jane Doe']],
    ['Jane Doe (https://example.org/jane)', ['Jane Doe']],
    ['Richard (R.J.) Eskow', ['Richard R.J. Eskow']],
    ['Mary-Kate O’Brien', ['Mary-Kate O’Brien']],
    ['Ludwig van der Berg Jr.', ['Ludwig van der Berg Jr.']],
  ])('%j', (raw, want) => {
    expect(parseAuthors(raw).people).toEqual(want);
  });
});

describe('organisations are kept apart from people', () => {
  it.each([
    ['By The Associated Press', ['The Associated Press']],
    ['Associated Press', ['Associated Press']],
    ['Reuters', ['Reuters']],
    ['CNN Wire', ['CNN Wire']],
    ['NPR', ['NPR']],
    ['The Editorial Board', ['The Editorial Board']],
  ])('%j', (raw, orgs) => {
    expect(parseAuthors(raw)).toEqual({ people: [], orgs });
  });
  it('"Mac & i" is one name: the site, an organisation', () => {
    expect(parseAuthors('Mac & i', { siteNames: ['Mac & i'] })).toEqual({ people: [], orgs: ['Mac & i'] });
  });
  it('the site name is the publisher ...', () => {
    expect(parseAuthors('City Ledger', { siteNames: ['City Ledger'] }).people).toEqual([]);
    expect(parseAuthors('BBC News', { siteNames: ['BBC News'] }).orgs).toEqual(['BBC News']);
  });
  it('... unless it is a person’s name (a personal blog)', () => {
    expect(parseAuthors('Sarah Connor', { siteNames: ['Sarah Connor'] }).people).toEqual(['Sarah Connor']);
  });
  it('a JSON-LD Person is trusted unless an acronym, the site, or named like an organisation without a given name', () => {
    expect(parseAuthors(['Emily Post', 'CNN', 'Fox News', 'Jane Doe'], { typedPeople: true })).toEqual({ people: ['Emily Post', 'Jane Doe'], orgs: ['CNN', 'Fox News'] });
  });
  it('a JSON-LD Organization is an organisation whatever its words', () => {
    expect(parseAuthors(['Politico', 'Contributors to Wikimedia projects'], { typedOrgs: true }).orgs).toEqual(['Politico', 'Contributors to Wikimedia projects']);
  });
  it('a declared author tag keeps a name with a lower-case word', () => {
    expect(parseAuthors('Dublin Core property author', { declared: true }).people).toEqual(['Dublin Core property author']);
  });
});

describe('not authors', () => {
  it.each([
    ['a login', 'admin'],
    ['a user handle', 'CC7567'],
    ['a Twitter handle', '@janedoe'],
    ['a profile URL', 'https://example.org/jane'],
    ['a job alone', 'Staff Writer'],
    ['Staff', 'Staff'],
    ['a desk', 'By Our Foreign Staff'],
    ['a correspondent', 'Our Correspondent'],
    ['a date', 'Updated March 3, 2024'],
    ['a lower-case phrase after "in"', 'Jane Doe in the morning'],
    ['a place and a job', 'Kyiv Bureau Chief'],
    ['an outlet in capitals', 'NBC News Digital'],
    ['"for" in a one-word chunk', 'Staff for Ledger'],
  ])('%s', (_what, raw) => {
    expect(parseAuthors(raw).people).toEqual([]);
  });
  it.each([
    'By Tuesday, the army had withdrawn',
    'By the end of the year',
    'By March',
    'By comparison, prices rose',
    'by a narrow margin',
    'Reported by the council, the figures show a rise',
    'By Tuesday in Kyiv, the army had withdrawn',
    'By JUNE the ARMY had withdrawn',
  ])('strict (visible text): %j is a sentence', (raw) => {
    expect(parseAuthors(raw, { strict: true })).toEqual({ people: [], orgs: [] });
  });
});

describe('chunk kinds', () => {
  it.each([
    ['Jane Doe', 'person'],
    ['F. Kooman', 'person'],
    ['Senior Political Correspondent', 'role'],
    ['Games Editor', 'role'],
    ['for The Ledger', 'role'],
    ['Reuters', 'org'],
    ['AFP', 'org'],
    ['Fox News', 'org'],
    ['the army had withdrawn', 'none'],
    ['Tuesday', 'none'],
  ] as const)('%s is %s', (chunk, kind) => {
    expect(chunkKind(chunk)).toBe(kind);
  });
});
