import { describe, expect, it } from 'vitest';
import { quotes } from './helpers.js';

const kinds = (text: string): string[] => quotes(text).map((q) => q.finding.kind);

describe('direct or partial', () => {
  const cases: [string, string, string[]][] = [
    ['opens the sentence', '“This offensive has already begun,” he said.', ['direct']],
    ['after a colon', 'He said: “This offensive has already begun.”', ['direct']],
    ['after a comma and a cue', 'He said, “This offensive has already begun.”', ['direct']],
    ['split quote, second half in lower case', '“Everything I said,” the judge exclaimed, “has totally overlapped.”', ['direct', 'direct']],
    ['split quote after an after-quote verb', '“Supporters of other candidates,” Blackwell continued, “you and I should unite.”', ['direct', 'direct']],
    ['split quote, a long clause between the halves', '"That is fine," Trump said during a rally in Kenansville, N.C., "but a lot of people are watching."', ['direct', 'direct']],
    ['split quote, the speaker described in a relative clause', '"I like it," said Jane Doe, who is the director of the UCLA Forecast, "and we are watching."', ['direct', 'direct']],
    ['split quote, the sentence runs on after the second half', '"That is fine," Trump said on Monday, "but not great" for the party in the state.', ['direct', 'partial']],
    ['a list of fragments is no split quote', 'They chant “Peace Through Strength for all of us,” “law and order for all of us,” and, yes, “sanity for all of us.”', ['direct', 'partial', 'partial']],
    ['a quote opening a parenthetical sentence', 'The crowd booed. (“I don’t want to have fisticuffs,” said one party activist.)', ['direct']],
    ['a bracketed fragment without a reporting clause', 'They ranked voters from 1 ("Oh, I am definitely voting for Eric Smith") to 6 ("They are probably voting for Trump").', ['partial', 'partial']],
    ['fragment after called', 'The ministry called the claims “groundless.”', ['partial']],
    ['fragment after a determiner', 'He called for a “firm and principled response” to the attack.', ['partial']],
    ['after that', 'Lin said that “China has always required its citizens to stay away.”', ['partial']],
    ['the sentence runs on after the quote', '“We’re extremely happy” about the decision, the union said.', ['partial']],
    ['after "said," but the sentence runs on past the quote', 'De Blasio said, “I have not heard that particular concern” from the police.', ['partial']],
    ['lower case after said, and the sentence runs on', 'Obama said “it gets me mad” every time he thinks about it.', ['partial']],
    ['lower case after said, standing as the whole object', 'She says “we worked hard for this.”', ['direct']],
    ['the noun phrase runs on with a capitalised word', "'Several hundred' Chinese nationals fighting for Russia, Zelensky says", ['partial']],
    ['a capitalised reporting clause after the quote', '“We will win” President Obama said on Monday.', ['direct']],
    ['a nested quote’s comma closes the words', '“The answer you’d like is, ‘I’m for it, darn it,’” Cruz, who opposes it, said.', ['direct']],
  ];
  for (const [name, text, expected] of cases) it(name, () => expect(kinds(text)).toEqual(expected));
});
