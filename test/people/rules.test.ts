import { describe, expect, it } from 'vitest';
import { mine } from '../../src/index.js';

// One table per rule added for issue 5's second pass: positive cases (input → person spans)
// and negative cases (input → these spans are not people).
const texts = (text: string) => mine(text, { only: ['people'] }).people.map((p) => p.text);

const POSITIVE: [string, string, string[]][] = [
  ['an initial opening a line is part of the name', 'M. Bevan c Vaas b Chandana 56', ['M. Bevan', 'Vaas', 'Chandana']],
  ['initials are not the article or the pronoun', 'A. Hollioake 4-23 and I. Austin 4-37 bowled well.', ['A. Hollioake', 'I. Austin']],
  ['cricket bowling figures', 'Bowling: Dharmasena 9-0-49-1, Muralitharan 10-0-41-2.', ['Dharmasena', 'Muralitharan']],
  ['a list of names with people in it', 'The team is: Given, Breen, Staunton, Irwin, Mick McCarthy, Peter Smith.', ['Given', 'Breen', 'Staunton', 'Irwin', 'Mick McCarthy', 'Peter Smith']],
  ['a weak full name lends its surname', 'Jesper Parnevik of Sweden led. Parnevik tied the record.', ['Jesper Parnevik', 'Parnevik']],
  ['a word-like first name before a surname', 'Jay Buhner hit his 38th homer.', ['Jay Buhner']],
  ['speech verb after a quote', '"I am happy," said Cotti.', ['Cotti']],
  ['hyphenated rank outside the span', 'Major-General Nikolai Sherbatov took journalists to the front.', ['Nikolai Sherbatov']],
  ['a person noun after a known name', 'The Trump administration has drawn closer to Moscow.', ['Trump']],
  ['a full name outranks a town of the same name', 'MaliVai Washington lost. Washington found the net again.', ['MaliVai Washington', 'Washington']],
  ['given name and Hill', 'Anthony Hill called his rival a cheat.', ['Anthony Hill']],
];

const NEGATIVE: [string, string, string][] = [
  ['a word-like first name before a common word', 'Major League Baseball announced the schedule.', 'Major League Baseball'],
  ['organisation noun before the name', 'Italian cables giant Pirelli said profits rose.', 'Pirelli'],
  ['news agency after the name', 'Tanjug news agency said the airport would close.', 'Tanjug'],
  ['shares after the name', 'Ericsson shares rose 3 percent on Friday.', 'Ericsson'],
  ['place and plural nickname', 'The Florida Marlins beat the Colorado Rockies 5-3.', 'Florida Marlins'],
  ['newsroom', '-- London Newsroom +44 171 542 7658', 'London Newsroom'],
  ['contraction', "We'll see what happens, he said.", "We'll"],
  ['country abbreviation modifying an event', 'Prices fell ahead of the U.S. Labor Day holiday.', 'U.S. Labor Day'],
  ['organisation head before "of"', 'The Chicago Board of Trade said soybeans rose.', 'Chicago Board of Trade'],
  ['a full name whose last word is a town lends nothing to a region', 'Yeltsin endorses Lebed Chechnya peace plan. Troops left Chechnya.', 'Chechnya'],
  ['compass initial and a country', 'N. Korea urges S. Korea to return war veteran.', 'N. Korea'],
];

describe('people rules: positive cases', () => {
  it.each(POSITIVE)('%s', (_rule, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });
});

describe('people rules: negative cases', () => {
  it.each(NEGATIVE)('%s', (_rule, input, notPerson) => {
    expect(texts(input)).not.toContain(notPerson);
  });
});
