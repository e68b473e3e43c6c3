import { describe, expect, it } from 'vitest';
import { quotes } from './helpers.js';

const kinds = (text: string): string[] => quotes(text).map((q) => q.finding.kind);

describe('direct or partial', () => {
  const cases: [string, string, string[]][] = [
    ['opens the sentence', '“This offensive has already begun,” he said.', ['direct']],
    ['after a colon', 'He said: “This offensive has already begun.”', ['direct']],
    ['after a comma and a cue', 'He said, “This offensive has already begun.”', ['direct']],
    ['split quote, second half in lower case', '“Everything I said,” the judge exclaimed, “has totally overlapped.”', ['direct', 'direct']],
    ['fragment after called', 'The ministry called the claims “groundless.”', ['partial']],
    ['fragment after a determiner', 'He called for a “firm and principled response” to the attack.', ['partial']],
    ['after that', 'Lin said that “China has always required its citizens to stay away.”', ['partial']],
    ['the sentence runs on after the quote', '“We’re extremely happy” about the decision, the union said.', ['partial']],
  ];
  for (const [name, text, expected] of cases) it(name, () => expect(kinds(text)).toEqual(expected));
});
