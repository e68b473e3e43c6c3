import { describe, expect, it } from 'vitest';
import { sentencesOf } from './helpers.js';

// List items: markers never end a sentence; each item is a sentence.

describe('list items on their own lines', () => {
  it.each([
    ['1. Book early\n2. Eat well\n10. Rest', ['1. Book early', '2. Eat well', '10. Rest']],
    ['- Troops captured two men\n- The ministry denied it', ['- Troops captured two men', '- The ministry denied it']],
    ['• First point \n• Second point', ['• First point', '• Second point']],
    ['(i) Scope.\n(ii) Terms.\n(iii) Costs.', ['(i) Scope.', '(ii) Terms.', '(iii) Costs.']],
    ['a) apples\nb) pears', ['a) apples', 'b) pears']],
    ['A) Yes. \nB) No.', ['A) Yes.', 'B) No.']],
    ['1.) The first rule.', ['1.) The first rule.']],
  ])('%j', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('inline lists', () => {
  it.each([
    ['Three steps follow. 1. Open the box 2. Check the parts 3. Call us', ['Three steps follow.', '1. Open the box', '2. Check the parts', '3. Call us']],
    ['a) The first item b) The second item c) The last item', ['a) The first item', 'b) The second item', 'c) The last item']],
    ['a.) The first item b.) The second item', ['a.) The first item', 'b.) The second item']],
    ['It was agreed. a. staff get a rise b. hours fall c. nobody leaves', ['It was agreed.', 'a. staff get a rise', 'b. hours fall', 'c. nobody leaves']],
    ['(a) Go home. (b) Stay there. (c) Wait.', ['(a) Go home.', '(b) Stay there.', '(c) Wait.']],
    ['1) The first one 2) The second one 1) The first again', ['1) The first one', '2) The second one', '1) The first again']],
    ['• 9. Stop smoking • 10. Get some rest', ['• 9. Stop smoking', '• 10. Get some rest']],
    ['⁃9. Sleep more ⁃10. Walk daily', ['⁃9. Sleep more', '⁃10. Walk daily']],
    ['Follow two rules: 1. Book early 2. Eat well', ['Follow two rules:', '1. Book early', '2. Eat well']],
    ['The winner: 1. Jan Ullrich of Germany', ['The winner: 1. Jan Ullrich of Germany']],
  ])('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it.each([
    'For item 1. above, no fee is due, and for item 2. above, the fee is waived.',
    'The points were listed as a) and b) in the report.',
    'S. Jones c Smith b R. Patel 44',
    'The case went to A. Smith and B. Jones for review.',
  ])('not a list: %s', (text) => {
    expect(sentencesOf(text)).toEqual([text]);
  });
});
