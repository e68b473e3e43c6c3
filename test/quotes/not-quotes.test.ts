import { describe, expect, it } from 'vitest';
import { quotes } from './helpers.js';

const found = (text: string): string[] => quotes(text).map((q) => q.finding.text);

describe('titles, scare quotes and nicknames are not quotes', () => {
  const cases: [string, string][] = [
    ['event title', 'Leaders gathered for the "2025 Bucha Summit" on Monday.'],
    ['TV show after a possessive network', 'She appeared on NBC’s “Saturday Night Live” last year.'],
    ['show title after told', 'Fiorina told "Fox and Friends" that she would run.'],
    ['work title after its noun', 'His exploits were featured in the documentary “Weiner.”'],
    ['so-called', 'He attacked the so-called “establishment” again.'],
    ['short scare quote with no speaker', 'The “experts” were wrong about everything.'],
    ['nickname inside a name', 'State Del. Marcia "Cia" Price spoke first.'],
    ['dated slogan', '“No special rights for foreigners!” (2015).'],
    ['headline with a byline', '—"Sam Mendes leaves the show," by Times\' Michael Paulson.'],
    ['a list after a scare quote', 'It searched for words such as "ambassador," "attack" and "talking points."'],
    ['single quotes in running text without a speaker', "The so-called 'deal' was never signed."],
  ];
  for (const [name, text] of cases) it(name, () => expect(found(text)).toEqual([]));
});

describe('but these are quotes', () => {
  const cases: [string, string, string[]][] = [
    ['a title-case slogan with its own reporting clause', '“Make America Great Again,” Trump said.', ['Make America Great Again,']],
    ['a headline’s quoted phrase whose speaker the headline names', "'Several hundred' Chinese nationals fighting for Russia, Zelensky says", ['Several hundred']],
    ['single marks with a reporting clause', "'We will fight on,' he said.", ['We will fight on,']],
    ['a short exclamation standing alone', 'The crowd answered.\n\n"Nooooo!"', ['Nooooo!']],
    ['a long unattributed quote is kept without a speaker', 'The sign read like a manifesto: "We are the people and we will not be moved from here."', ['We are the people and we will not be moved from here.']],
  ];
  for (const [name, text, expected] of cases) it(name, () => expect(found(text)).toEqual(expected));
});
