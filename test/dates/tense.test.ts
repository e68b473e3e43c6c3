import { describe, expect, it } from 'vitest';
import { tenseAround } from '../../src/extract/dates/tense.js';
import { positives } from './helpers.js';

/** The tense read around the first occurrence of `word` in `sentence`. */
function tenseOf(sentence: string, word: string) {
  const i = sentence.indexOf(word);
  return tenseAround(sentence, i, i + word.length);
}

describe('tense around a date', () => {
  const rows: [string, string, 'past' | 'future' | null][] = [
    ['The minister said Tuesday that talks had failed.', 'Tuesday', 'past'],
    ['Officials will meet Friday in Geneva.', 'Friday', 'future'],
    ['The vote is set to take place Monday.', 'Monday', 'future'],
    // A plan in the past perfect was for a day now gone.
    ['The offer had been due to expire Friday.', 'Friday', 'past'],
    ['The offer had been scheduled to expire at midnight Friday.', 'Friday', 'past'],
    ['They had planned to meet Monday.', 'Monday', 'past'],
    ['He had hoped to return Friday.', 'Friday', 'past'],
    // Bare forms of plan, expect, hope, want, intend, aim before "to" point ahead.
    ['Officials said they did not plan to remove him on Thursday morning.', 'Thursday', 'future'],
    ['The unions expect to vote Monday on the offer.', 'Monday', 'future'],
    ['They hope to finish the count Sunday.', 'Sunday', 'future'],
    // A plan with no "to" after it is no cue: the verb before decides.
    ['The plan was approved Monday.', 'Monday', 'past'],
    // Plans and effective dates point ahead.
    ['The accession was planned for early March.', 'March', 'future'],
    ['The new pact is effective June 1.', 'June', 'future'],
    // An -ed adjective is not a past-tense verb.
    ['The split would be paid on a still unspecified date in January.', 'January', 'future'],
    ['Terms were not disclosed.', 'disclosed', 'past'],
    ['The dividend is payable Dec. 7.', 'Dec', null],
    // A date opening its sentence takes the tense of the clause after it.
    ['On Tuesday, the league plans to hold a news conference.', 'Tuesday', 'future'],
    ['Until Thursday, they had not called him a suspect.', 'Thursday', 'past'],
    ['Late Friday, officials said the talks had failed.', 'Friday', 'past'],
    // "next to" is a place.
    ['A bomb ripped through a building next to the embassy Friday morning.', 'Friday', 'past'],
    // Otherwise a subject before the date is not "fronting" it.
    ['Paribas said Monday that it intends to bid.', 'Monday', 'past'],
  ];
  for (const [sentence, word, tense] of rows) {
    it(`reads ${tense} around "${word}" in ${JSON.stringify(sentence)}`, () => expect(tenseOf(sentence, word)).toBe(tense));
  }
});

describe('values chosen by tense', () => {
  positives([
    // Reference date 2024-10-30, a Wednesday.
    ['The offer had been due to expire Friday evening.', [['Friday evening', '2024-10-25TEV']], '2024-10-30'],
    ['The pact is effective Feb. 1.', [['Feb. 1', '2025-02-01']], '2024-10-30'],
    // With no verb, an untensed month up to nine months back is the one gone.
    ['Shares rose to $42 in June from $29 in March.', [['June', '2024-06'], ['March', '2024-03']], '2024-10-30'],
    ['It has $90 million in loans through January.', [['January', '2025-01']], '2024-10-30'],
    ['Roughly $2 billion of the loan comes due by February.', [['February', '2025-02']], '2024-10-30'],
  ]);
});
