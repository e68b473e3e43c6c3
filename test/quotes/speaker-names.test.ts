import { describe, expect, it } from 'vitest';
import type { PersonFinding } from '../../src/types.js';
import { quotes, view } from './helpers.js';

// Speaker names with the people extractor's findings given by hand: every
// occurrence of each surface form is a person finding with that canonical name.
type Person = [surface: string, name: string, title?: string];

function findings(text: string, people: Person[]): PersonFinding[] {
  const out: PersonFinding[] = [];
  for (const [surface, name, title] of people) {
    for (let i = text.indexOf(surface); i >= 0; i = text.indexOf(surface, i + 1)) {
      // Whole words only: "Trump" is not found inside "Trumpet".
      if (/\p{L}/u.test(text[i - 1] ?? '') || /\p{L}/u.test(text[i + surface.length] ?? '')) continue;
      out.push({ start: i, end: i + surface.length, text: surface, name, title: title ?? null });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** [quote text, speaker mention as written, speaker name] for each quote. */
function speakers(text: string, people: Person[]): [string, string | null, string | null][] {
  return quotes(text, findings(text, people)).map((q) => {
    const v = view(text, q);
    return [v.text, v.mention, v.name];
  });
}

describe('pronouns: the subject of an earlier sentence, gender permitting', () => {
  const cases: [string, string, Person[], [string, string | null, string | null][]][] = [
    ['the subject over a later object', 'Senator John Smith met Peter Jones. “It went well,” he said.', [['John Smith', 'John Smith'], ['Peter Jones', 'Peter Jones']], [['It went well,', 'he', 'John Smith']]],
    ['she skips a man who is the subject', 'Bernie Sanders met Hillary Clinton on Monday. “We agree,” she said.', [['Bernie Sanders', 'Bernie Sanders'], ['Hillary Clinton', 'Hillary Clinton']], [['We agree,', 'she', 'Hillary Clinton']]],
    ['given-name gender from the lexicon (Donald, Hillary)', 'Donald Trump attacked Hillary Clinton again. “She is a disaster,” he said.', [['Donald Trump', 'Donald Trump'], ['Hillary Clinton', 'Hillary Clinton']], [['She is a disaster,', 'he', 'Donald Trump']]],
    ['a sentence whose subject is the same pronoun passes on', 'Marco Rubio spoke in Miami. He thanked Jeb Bush for the support. “We will win,” he said.', [['Marco Rubio', 'Marco Rubio'], ['Jeb Bush', 'Jeb Bush']], [['We will win,', 'he', 'Marco Rubio']]],
    ['... unless its own sentence names the referent first', 'Ted Cruz spoke first. As for Trump, he said he is not worried. “I will have the delegates,” he said.', [['Ted Cruz', 'Ted Cruz'], ['Trump', 'Donald Trump']], [['I will have the delegates,', 'he', 'Donald Trump']]],
    ['a possessor is not the subject', 'Trump’s campaign manager, Corey Lewandowski, spoke to reporters. “We are fine,” he said.', [['Trump', 'Donald Trump'], ['Corey Lewandowski', 'Corey Lewandowski']], [['We are fine,', 'he', 'Corey Lewandowski']]],
    ['an earlier quote’s speaker', '“We will win,” said Jane Smith. The crowd cheered for minutes. “And we will keep going,” she added.', [['Jane Smith', 'Jane Smith']], [['We will win,', 'Jane Smith', 'Jane Smith'], ['And we will keep going,', 'she', 'Jane Smith']]],
    ['"According to X," names the sentence’s source', 'According to Ham, the administration has shuffled leaders because many disagreed with Obama’s policies. “We’re on our fourth secretary,” he said.', [['Ham', 'Norman Ham'], ['Obama', 'Barack Obama']], [['We’re on our fourth secretary,', 'he', 'Norman Ham']]],
    ['a long participial introduction before the subject', 'Looking ahead to the future of the armed forces and the nation, Ham explained why he backs Trump over Hillary Clinton. “This country needs a leader,” he said.', [['Ham', 'Norman Ham'], ['Trump', 'Donald Trump'], ['Hillary Clinton', 'Hillary Clinton']], [['This country needs a leader,', 'he', 'Norman Ham']]],
    ['the subject behind a dateline with a date', 'WASHINGTON, March 4, 2025 — Florida Sen. Marco Rubio met Sen. Maria Lopez on Tuesday. “We are close to a deal,” he said.', [['Marco Rubio', 'Marco Rubio', 'Sen.'], ['Maria Lopez', 'Maria Lopez', 'Sen.']], [['We are close to a deal,', 'he', 'Marco Rubio']]],
    ['a possessor is a last resort', 'The plan was shelved after Obama’s advisers objected, and Ted Cruz spoke next. “It was a mistake,” he said.', [['Obama', 'Barack Obama'], ['Ted Cruz', 'Ted Cruz']], [['It was a mistake,', 'he', 'Ted Cruz']]],
    ['Mrs. makes a surname female', 'Mrs. Clinton met Mr. Sanders. “It was useful,” she said.', [['Clinton', 'Clinton', 'Mrs.'], ['Sanders', 'Sanders', 'Mr.']], [['It was useful,', 'she', 'Clinton']]],
  ];
  for (const [name, text, people, expected] of cases) it(name, () => expect(speakers(text, people)).toEqual(expected));
});

describe('pronouns left as written', () => {
  const cases: [string, string, Person[], [string, string | null, string | null][]][] = [
    ['no one of that gender', 'John Smith met Peter Jones. “It went well,” she said.', [['John Smith', 'John Smith'], ['Peter Jones', 'Peter Jones']], [['It went well,', 'she', 'she']]],
    ['a name inside a quote is not an antecedent', '“We love Hillary Clinton,” the crowd chanted. “She will win,” she said.', [['Hillary Clinton', 'Hillary Clinton']], [['We love Hillary Clinton,', 'crowd', 'crowd'], ['She will win,', 'she', 'she']]],
    ['a person in the pronoun’s own introductory phrase', 'Asked about John Kerry, he said: “He is wrong.”', [['John Kerry', 'John Kerry']], [['He is wrong.', 'he', 'he']]],
  ];
  for (const [name, text, people, expected] of cases) it(name, () => expect(speakers(text, people)).toEqual(expected));
});

describe('definite descriptions name the person introduced with that role', () => {
  const cases: [string, string, Person[], [string, string | null, string | null][]][] = [
    ['role and modifier', 'Florida Sen. Marco Rubio and Texas Sen. Ted Cruz debated. “We need a plan,” the Florida senator said.', [['Marco Rubio', 'Marco Rubio', 'Sen.'], ['Ted Cruz', 'Ted Cruz', 'Sen.']], [['We need a plan,', 'Florida senator', 'Marco Rubio']]],
    ['leader for a president, by nationality', 'Ukrainian President Volodymyr Zelensky met Donald Trump. “This must be met with a firm response,” the Ukrainian leader said.', [['Volodymyr Zelensky', 'Volodymyr Zelensky', 'President'], ['Donald Trump', 'Donald Trump']], [['This must be met with a firm response,', 'Ukrainian leader', 'Volodymyr Zelensky']]],
    ['a title after a comma', 'The foreign minister, Andrii Sybiha, met envoys. “We are ready,” the minister said.', [['Andrii Sybiha', 'Andrii Sybiha']], [['We are ready,', 'minister', 'Andrii Sybiha']]],
  ];
  for (const [name, text, people, expected] of cases) it(name, () => expect(speakers(text, people)).toEqual(expected));
});

describe('descriptions without evidence stay as written', () => {
  const cases: [string, string, Person[], [string, string | null, string | null][]][] = [
    ['no senator introduced', 'John Smith spoke first. “We will decide soon,” the senator said.', [['John Smith', 'John Smith']], [['We will decide soon,', 'senator', 'senator']]],
  ];
  for (const [name, text, people, expected] of cases) it(name, () => expect(speakers(text, people)).toEqual(expected));
});

describe('names the people extractor did not cover', () => {
  it('a surname takes the full name of a person found elsewhere', () => {
    const text = 'Hillary Clinton spoke in Iowa.\n\n“We will win,” Clinton said.';
    const people = findings(text, [['Hillary Clinton', 'Hillary Clinton']]);
    expect(quotes(text, people).map((q) => q.finding.speaker?.name)).toEqual(['Hillary Clinton']);
  });
  it('an organisation keeps its words without the article', () => {
    const text = '“The claims are groundless,” the Chinese Foreign Ministry said.';
    expect(speakers(text, [])).toEqual([['The claims are groundless,', 'Chinese Foreign Ministry', 'Chinese Foreign Ministry']]);
  });
});
