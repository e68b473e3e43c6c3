import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

describe('present-ref parser', () => {
  positives([
    ['Troops are now in the city.', [['now', 'PRESENT_REF']]],
    ['He is currently in Kyiv.', [['currently', 'PRESENT_REF']]],
    ['The army recently withdrew.', [['recently', 'PAST_REF']]],
    ['Such attacks happened in the past.', [['the past', 'PAST_REF']]],
    ['In the past he was a banker.', [['the past', 'PAST_REF']]],
    ['The past is another country.', [['The past', 'PAST_REF']]],
    ['Nobody knows what the future holds.', [['the future', 'FUTURE_REF']]],
    ['Under the current system, few vote.', [['current', 'PRESENT_REF']]],
    ['Right now the talks are stalled.', [['now', 'PRESENT_REF']]],
    ['Now he is trying another tactic.', [['Now', 'PRESENT_REF']]],
    ['It aims to placate holders in the short term.', [['the short term', 'FUTURE_REF']]],
  ]);
  negatives([
    'It cut short-term debt.',
    'Now, he says, it looks different.',
    'That is very important to the future of our peoples.',
    'The current account deficit widened.',
    'An electric current flows.',
    'Oil futures rose.',
    'They have already left.',
    'He previously served as mayor.',
    // A count after "the past" makes it a stretch of time, not the vague past.
    'Riots broke out there for the past three summers.',
    'Turnout fell in the past two elections.',
    'The club struggled over the past few seasons.',
    'The team lost the past 12 games.',
    'It was the wettest of the past season.',
  ]);
});
