import { describe, expect, it } from 'vitest';
import { mine } from '../../src/index.js';

// One table per place rule added for issue 5's second pass.
const places = (text: string) => mine(text, { only: ['places'] }).places;
const texts = (text: string) => places(text).map((p) => p.text);

const POSITIVE: [string, string, string[]][] = [
  ['a home nation in sport stays a place', 'England beat Pakistan by 107 runs in the one-day match at Edgbaston.', ['England', 'Pakistan']],
  ['a place whose first word is a demonym', 'Petr Korda (Czech Republic) beat Bohdan Ulihrach.', ['Czech Republic']],
  ['the state or country of a dateline', 'MILWAUKEE, Wisconsin 1996-08-31\nJesper Parnevik took the lead.', ['MILWAUKEE', 'Wisconsin']],
  ['a state abbreviation after a town', 'He works at Barnett Banks Inc. in Jacksonville, Fla.', ['Jacksonville', 'Fla']],
  ['"the city of X"', 'Tanks advanced on the Kurdish city of Arbil on Saturday.', ['Arbil']],
  ['"the towns of X and Y"', 'Miners live in the mining towns of Barentsburg and Pyramiden.', ['Barentsburg', 'Pyramiden']],
  ['a lower-case place noun after the name', 'Farmers in Huize county fell ill near Stansted airport.', ['Huize', 'Stansted']],
  ['an unknown word after "in"', 'Flights will use the airport in Batajnica instead.', ['Batajnica']],
  ['a firm\'s legal suffix ends its name', 'A car made by Kia Motor Corp of South Korea arrived.', ['South Korea']],
  ['compass initials', 'N. Korea urges S. Korea to return war veteran.', ['N. Korea', 'S. Korea']],
  ['a capital stands for its government', 'Spain coach Luis de la Fuente watched the 2-1 win. Washington welcomed the move.', ['Spain', 'Washington']],
  ['"US" in capitals is the country', 'Meanwhile the US has alleged that China aids Russia.', ['US', 'China', 'Russia']],
];

const NEGATIVE: [string, string, string][] = [
  ['an acronym is not a town', 'NATO said its troops would stay.', 'NATO'],
  ['a demonym compound is not a place', 'The Arab-Israeli talks resumed in Cairo.', 'Arab-Israeli'],
  ['an adjective before a place noun', 'It is based in the central Transylvanian town of Bistrita.', 'Transylvanian'],
  ['an apposition is not a coordination', 'The governor of the city of Sevastopol, Dmitrii Ovsiannikov, was convicted.', 'Dmitrii Ovsiannikov'],
  ['"in" before a possessive owner', 'There was confidence in Lebed\'s plan.', 'Lebed'],
  ['"camp" alone is no place noun', 'The Yeltsin camp declined to comment.', 'Yeltsin'],
  ['a firm with a legal suffix', 'A car made by Kia Motor Corp of South Korea arrived.', 'Kia Motor Corp of South Korea'],
];

describe('place rules: positive cases', () => {
  it.each(POSITIVE)('%s', (_rule, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('place rules: negative cases', () => {
  it.each(NEGATIVE)('%s', (_rule, input, notPlace) => {
    expect(texts(input)).not.toContain(notPlace);
  });
});

describe('place kinds', () => {
  it('bare "Washington" is the capital city, not the state', () => {
    expect(places('Washington said sanctions would stay.')[0]).toMatchObject({ name: 'Washington', kind: 'city', country: 'US' });
  });
  it('a bare name is the region where the document names "the X region"', () => {
    const out = places('Troops left the Kursk region. Fighting in Kursk went on.');
    expect(out.map((p) => p.kind)).toEqual(['region', 'region']);
  });
  it('a capital stays the city beside "the X region"', () => {
    const out = places('Drones hit the Kyiv region. Kyiv said it shot most down.');
    expect(out.map((p) => p.kind)).toEqual(['region', 'city']);
  });
  it('home nations are countries of GB', () => {
    expect(places('Scotland drew with Austria.')[0]).toMatchObject({ kind: 'country', country: 'GB' });
  });
});
