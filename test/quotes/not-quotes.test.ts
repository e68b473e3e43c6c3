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
    ['a name given with "known as"', 'The hacker known as "Guccifer," stated that he had access to the server.'],
    ['a name given with "pitched as"', 'The brand was pitched as "the ultimate destination for working women" by its founder.'],
    ['a pseudonym', 'Weiner wrote under the pseudonym “Carlos Danger,” but it did not help.'],
    ['a title named by "a show called"', 'It is an adaptation of a show called "Brokers," written by a Spanish comedy troupe.'],
    ['a sentence-like title in apposition to its work noun', 'Ouisa Davis’ commentary, "Melania, tell your immigrant story," is very thoughtful.'],
    ['a show after a lower-case possessive, with a reporting clause after it', 'Sunday on Fox News channel’s “Sunday Morning Futures,” Rep. Darrell Issa said the emails mattered.'],
    ['a headline cited in parentheses', 'I stand with Mitt Romney ("Romney blasts Trump as a fraud," USATODAY.com, Thursday).'],
    ['short fragments in a list without a reporting verb', 'Their banners carry “Peace Through Strength,” “Law and Order,” and, yes, “sanity.”'],
    ['a title after a dash', 'The party called a referendum — “No to Free Lawyers” — for June 5.'],
  ];
  for (const [name, text] of cases) it(name, () => expect(found(text)).toEqual([]));
});

describe('but these are quotes', () => {
  const cases: [string, string, string[]][] = [
    ['a title-case slogan with its own reporting clause', '“Make America Great Again,” Trump said.', ['Make America Great Again,']],
    ['a headline’s quoted phrase whose speaker the headline names', "'Several hundred' Chinese nationals fighting for Russia, Zelensky says", ['Several hundred']],
    ['single marks with a reporting clause', "'We will fight on,' he said.", ['We will fight on,']],
    ['a short exclamation standing alone', 'The crowd answered.\n\n"Nooooo!"', ['Nooooo!']],
    ['a quote after a dropped scare quote with words between them', 'Kerpen needled the CNN “reporter,” saying, “A reporter who tweets on request!”', ['A reporter who tweets on request!']],
    ['a short second half of a split quote', '“If nobody would come to your aid,” the investor said, “that’s even worse.”', ['If nobody would come to your aid,', 'that’s even worse.']],
    ['a long unattributed quote is kept without a speaker', 'The sign read like a manifesto: "We are the people and we will not be moved from here."', ['We are the people and we will not be moved from here.']],
  ];
  for (const [name, text, expected] of cases) it(name, () => expect(found(text)).toEqual(expected));
});

describe('block excerpts of other articles are not quotes', () => {
  // Straight marks opening paragraphs they never close, in a document whose quotes are typographic,
  // narrated in the third person: a passage pasted from another article.
  const excerpt = '“We are fine,” the mayor said.\n\nThe Post reports:\n\n"The first time she had seen him, she was just beginning to realize how many people agreed.\n\n"Kevin was snoring.';
  it('drops the excerpt paragraphs and keeps the typographic quote', () => expect(found(excerpt)).toEqual(['We are fine,']));
  const cases: [string, string, string[]][] = [
    ['speech says I, we or you', '“We are fine,” the mayor said.\n\nHe went on:\n\n"We are going to enter the next recession without a plan.\n\n"And you know it.', ['We are fine,', 'We are going to enter the next recession without a plan.', 'And you know it.']],
    ['a transcript line is speech', '“We are fine,” the host said.\n\nPartial transcript as follows:\n\n"PENCE: Donald Trump is on his way to the White House.', ['We are fine,', 'PENCE: Donald Trump is on his way to the White House.']],
    ['a document in straight marks only', 'The Post reports:\n\n"The first time she had seen him, she was just beginning to realize how many people agreed.', ['The first time she had seen him, she was just beginning to realize how many people agreed.']],
  ];
  for (const [name, text, expected] of cases) it(name, () => expect(found(text)).toEqual(expected));
});
