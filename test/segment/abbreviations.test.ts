import { describe, expect, it } from 'vitest';
import { sentencesOf, whole } from './helpers.js';

// Full stops after abbreviations and initials: which ones end the sentence.

describe('abbreviations that never end a sentence', () => {
  it.each(
    whole([
      'Gen. Oleksandr Syrskyi said the offensive had begun.',
      'The bill was backed by Sen. Maria Lopez and Rep. Tom Baird on Tuesday.',
      'Gov. Ann Reyes and Lt. Gov. Dan Cole attended the briefing.',
      'Dr. Hana Ito and Mrs. Ruth Cole arrived at noon.',
      'Prof. Adam Kerr, Capt. Lee Wong and Sgt. Maj. Ravi Das spoke.',
      'Bring three things, e.g. a torch, a map and water.',
      'The city, i.e. its council, has the final word.',
      'It is the Rangers vs. the Hawks on Sunday night.',
    ]),
  )('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('abbreviations before numbers', () => {
  it.each(
    whole([
      'The striker wears No. 9 for the club.',
      'The ruling is on p. 14 of the report.',
      'The vote is set for Feb. 26 in the capital.',
      'Ships leave on Sept. 3 and return on Oct. 12.',
      'He is 6 ft. 2 in. tall and weighs 190 lbs.',
      'Police were called on Wed. Feb. 12 at dawn.',
      'The fine under Sec. 12 of the act is Rs. 5000 for each day.',
    ]),
  )('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it.each([
    ['The figure was revised in Feb. The new one is higher.', ['The figure was revised in Feb.', 'The new one is higher.']],
    ['Asked if he would stay, he said no. Then he left.', ['Asked if he would stay, he said no.', 'Then he left.']],
    ['The deal was approved by the SEC. The shares rose.', ['The deal was approved by the SEC.', 'The shares rose.']],
  ])('ends the sentence before a capital: %s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('initialisms: U.S., U.K., D.C.', () => {
  it.each(
    whole([
      'The U.S. Army and the U.K. Ministry of Defence issued a joint statement.',
      'She moved to Washington, D.C. last spring.',
      'He joined the U.S. Senate in 2009.',
      'U.S. officials said the talks would resume.',
      'He earned a Ph.D. in chemistry before joining the firm.',
      'Write to P.O. Box 1200 for a copy.',
      'The nurse checked the i.v. line twice.',
    ]),
  )('continues: %s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it.each([
    ['Sales fell 4% in the U.S. The company blamed the weather.', ['Sales fell 4% in the U.S.', 'The company blamed the weather.']],
    ['The envoy flew back to the U.K. He landed at dawn.', ['The envoy flew back to the U.K.', 'He landed at dawn.']],
    ['There were 300 new cases in the U.S. Thousands more are expected.', ['There were 300 new cases in the U.S.', 'Thousands more are expected.']],
    ['Is that legal in the U.S.? Nobody knows.', ['Is that legal in the U.S.?', 'Nobody knows.']],
  ])('ends before a sentence opener: %s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('places, company forms and name suffixes', () => {
  it.each(
    whole([
      'The march began at St. Paul\'s Cathedral.',
      'Climbers reached the top of Mt. Kenya before noon.',
      'Acme Inc. said profit rose 12%.',
      'Shares of Delta Holdings Corp. and Beta Ltd. fell.',
      'Samsung Electronics Co. Ltd. reported record sales.',
      'Apple Inc. Chief Executive Tim Cook spoke first.',
      'The firm is a GmbH & Co. KG based in Hamburg.',
      'They met at 12 Elm St. near the station.',
      'Martin Cole Jr. was named chairman.',
      'The refinery is near Houston, Tex. and employs 900 people.',
      'The poll has Clinton tied with former Fla. Gov. Jeb Bush.',
      'Obama To Let Central Americans Enter U.S. As Refugees',
    ]),
  )('continues: %s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it.each([
    ['The stake was sold to Delta Holdings Inc. The price was not disclosed.', ['The stake was sold to Delta Holdings Inc.', 'The price was not disclosed.']],
    ['Ask Maria and co. They will know.', ['Ask Maria and co.', 'They will know.']],
    ['She works for Pine & Co. It is a small bank.', ['She works for Pine & Co.', 'It is a small bank.']],
    ['He was born in Seattle, Wash. His father was a pilot.', ['He was born in Seattle, Wash.', 'His father was a pilot.']],
    ['The profits went to Orbit Ltd. Analysts were surprised.', ['The profits went to Orbit Ltd.', 'Analysts were surprised.']],
  ])('ends: %s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('a.m. and p.m.', () => {
  it.each(
    whole([
      'The polls open at 7 a.m. Tuesday and close at 8 p.m. local time.',
      'The blast was heard at 4.50 a.m. Kabul time.',
      'The meeting starts at 11 a.m. (0800 GMT) in Geneva.',
      'Trains resume at 6 A.M. EST on Monday.',
      'Results come in from 9 p.m. E.T. on the night.',
      'The warning came at 5 p.m. but was ignored.',
    ]),
  )('continues: %s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it.each([
    ['The curfew began at 10 p.m. Crowds stayed home.', ['The curfew began at 10 p.m.', 'Crowds stayed home.']],
    ['He left at 6 P.M. Nobody saw him again.', ['He left at 6 P.M.', 'Nobody saw him again.']],
    ['It closes at 9 a.m. I will be late.', ['It closes at 9 a.m.', 'I will be late.']],
  ])('ends: %s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('initials', () => {
  it.each(
    whole([
      'The church was founded by L. Ron Hubbard in 1954.',
      'She reread J.R.R. Tolkien every winter.',
      'George W. Bush and Harry S. Truman are on the list.',
      'He shopped at J.C. Penney on Saturday.',
      'Q. Where were you on the night of the fire?',
      'The author, A. B. Singh, declined to comment.',
      'The letter was written by Kenneth P. Cohen, a vice president.',
    ]),
  )('continues: %s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it.each([
    ['It was a deal between you and I. Did you sign it?', ['It was a deal between you and I.', 'Did you sign it?']],
    ['They needed vitamin C. The ship had none.', ['They needed vitamin C.', 'The ship had none.']],
    ['Q. Where were you? A. At home.', ['Q. Where were you?', 'A. At home.']],
  ])('ends: %s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it.fails('a capital letter after a name ends a sentence before an opener (read as an initial)', () => {
    expect(sentencesOf('They chose Plan B. The vote was close.')).toEqual(['They chose Plan B.', 'The vote was close.']);
  });
});

describe('hyphenated initialisms and lower-case abbreviations', () => {
  it.each(
    whole([
      'The law covers non-U.S. citizens living abroad.',
      'Trade between the two, the Canada-U.S. corridor, grew.',
      'Smith et al. reported a similar effect.',
      'The med. staff here work long shifts.',
      'Prices incl. VAT rose 3%.',
    ]),
  )('continues: %s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('an ordinary word before a lower-case word still ends the sentence', () => {
    expect(sentencesOf('It was dark in the city. meanwhile the rain went on.')).toEqual(['It was dark in the city.', 'meanwhile the rain went on.']);
  });

  it.fails('a name suffix before a capitalised noun (read as a new sentence)', () => {
    expect(sentencesOf('The Martin Luther King Jr. Day parade was cancelled.')).toEqual(['The Martin Luther King Jr. Day parade was cancelled.']);
  });
});

// Newswire units: "pct.", "dlrs.", "mln", "cts." go on before lower case and end before a capital.
describe('newswire units after an amount', () => {
  it.each([
    ['Shares rose 5 pct. to 10 dlrs. on Friday.', ['Shares rose 5 pct. to 10 dlrs. on Friday.']],
    ['Profit rose 5 pct. The company said so.', ['Profit rose 5 pct.', 'The company said so.']],
    ['It earned 2.5 mln dlrs. Sales rose.', ['It earned 2.5 mln dlrs.', 'Sales rose.']],
    ['The dividend is 52 cts. a share.', ['The dividend is 52 cts. a share.']],
  ])('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});
