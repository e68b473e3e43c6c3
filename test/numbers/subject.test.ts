import { describe, expect, it } from 'vitest';
import { only } from './helpers.js';

// `subject`: pre-modifiers and head noun, no determiners, no following phrases.
describe('subjects', () => {
  it.each([
    ['More than 155 Chinese citizens are fighting.', '155', 'Chinese citizens'],
    ['Russia launched 145 Iran-made Shahed drones overnight.', '145', 'Iran-made Shahed drones'],
    ['It sent 11,000 North Korean soldiers.', '11,000', 'North Korean soldiers'],
    ['the 155 recruits Ukraine had identified', '155', 'recruits'],
    ['One of the captured soldiers claimed it.', 'One', 'captured soldiers'],
    ['shelled nearly 300 times over the day', '300', 'times'],
    ['its fourth year', 'fourth', 'year'],
    ['It had captured two Chinese citizens fighting with them.', 'two', 'Chinese citizens'],
    ['the two captured Chinese nationals', 'two', 'captured Chinese nationals'],
    ['according to two U.S. officials', 'two', 'U.S. officials'],
    ['with four civilians killed', 'four', 'civilians'],
    ['estimated at over 5,000, with more', '5,000', null],
    ['he said 20 were killed', '20', null],
    ['“several hundred” Chinese nationals', 'several hundred', 'Chinese nationals'],
    ['One of us went.', 'One', null],
    ['at least one supporter required treatment', 'one', 'supporter'],
    ['it will be one of our sweetest ever wins', 'one', null],
    ['only three of their next 10 games', 'three', null],
    ["one of the UK's biggest miscarriages of justice", 'one', 'biggest miscarriages'],
  ])('%s → %s', (text, span, subject) => {
    expect(only(text, span).subject).toBe(subject);
  });

  it('gives money, percentages and quantities no subject', () => {
    expect(only('It paid $5 million to rebels.', '$5 million').subject).toBeNull();
    expect(only('It rose 12 percent overall.', '12 percent').subject).toBeNull();
  });

  it.fails('cannot tell a singular head from a verb after it without a tagger ("20 remain" works, "20 stand" does not)', () => {
    expect(only('Only 20 stand guard now.', '20').subject).toBeNull();
  });
});
