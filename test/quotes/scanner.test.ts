import { describe, expect, it } from 'vitest';
import { scanQuotes } from '../../src/extract/quotes/scanner.js';
import { splitParagraphs } from '../../src/segment/index.js';

function scan(text: string): { text: string; closed: boolean; single: boolean }[] {
  return scanQuotes(text, splitParagraphs(text)).map((q) => ({ text: text.slice(q.start, q.end), closed: q.closed, single: q.single }));
}
const texts = (text: string): string[] => scan(text).map((q) => q.text);

describe('quote-mark scanner: spans between marks', () => {
  const cases: [string, string, string[]][] = [
    ['straight double', 'He said "we will win," and left.', ['we will win,']],
    ['curly double', '“This offensive has already begun,” he said.', ['This offensive has already begun,']],
    ['apostrophes inside a quote', '“It’s worse than we thought, and we don’t know why,” she said.', ['It’s worse than we thought, and we don’t know why,']],
    ['two quotes in a paragraph', '"A," he said, "B."', ['A,', 'B.']],
    ['quote spanning sentences', '“We fight. We win. We go home,” he said.', ['We fight. We win. We go home,']],
    ['mismatched curly close glyph', '“Apparently not,“ he said. “A leopard doesn’t change its spots.”', ['Apparently not,', 'A leopard doesn’t change its spots.']],
    ['doubled apostrophes as double marks', "''We are ready,'' the mayor said.", ['We are ready,']],
    ['single quotes inside a double quote stay in its span', '“He told me, ‘never again,’ and meant it,” she said.', ['He told me, ‘never again,’ and meant it,']],
    ['single quotes in a headline', "'Several hundred' Chinese nationals fighting for Russia, Zelensky says", ['Several hundred']],
    ['guillemets', '«Nous allons gagner», a-t-il dit.', ['Nous allons gagner']],
    ['a straight mark doubling a curly opener is one mark', '"“You don’t win by states,” Rubio said.', ['You don’t win by states,']],
    ['doubled marks at both ends', '"“If I was a donor, I’d want answers.”"', ['If I was a donor, I’d want answers.']],
    ['doubled curly openers', 'The platform reads: ““Radical terrorism poses a threat.”', ['Radical terrorism poses a threat.']],
    ['a closer touching the next opener is two quotes', 'He wrote “one”“two” on the board.', ['one', 'two']],
    ['spaces inside marks are trimmed', 'As Politico reported, “ … if the primary were held today, Trump would win.”', ['… if the primary were held today, Trump would win.']],
  ];
  for (const [name, text, expected] of cases) it(name, () => expect(texts(text)).toEqual(expected));
});

describe('quote-mark scanner: not marks', () => {
  const cases: [string, string][] = [
    ['possessive ’s', 'Putin’s war and Sanders’s campaign go on.'],
    ['contractions', "Don't say it isn't so; they'd never."],
    ['plural possessive without a pair', 'The Sanders’ campaign said nothing.'],
    ['elided years and words', 'Back in the ’90s they played rock ’n’ roll till ’em all left.'],
    ['inch marks', 'He is 6\'2" tall and she is 5\'8" tall.'],
    ['markup attribute values', '<tweet id="672138506081275904" author="@MissDBunker">Scanner traffic</tweet>'],
    ['a lone closing mark', 'The end of a quote from before.” Then prose.'],
    ['an empty pair of marks', 'He said "" and left.'],
  ];
  for (const [name, text] of cases) it(name, () => expect(scan(text)).toEqual([]));
});

describe('quote-mark scanner: paragraphs', () => {
  it('a quote re-opened in the next paragraph is one piece per paragraph, each closed', () => {
    const text = '“We will rebuild the city. It will take years.\n\n“But we will do it together,” the mayor said.';
    expect(scan(text)).toEqual([
      { text: 'We will rebuild the city. It will take years.', closed: true, single: false },
      { text: 'But we will do it together,', closed: true, single: false },
    ]);
  });
  it('a quote that never closes ends at its paragraph with closed: false', () => {
    const text = 'The statement read: “We reject these claims entirely\n\nOfficials gave no details.';
    expect(scan(text)).toEqual([{ text: 'We reject these claims entirely', closed: false, single: false }]);
  });
  it('an unclosed quote before a paragraph that does not re-open it is unclosed', () => {
    const text = '"First part\nSecond paragraph without marks.';
    expect(scan(text)[0]).toMatchObject({ text: 'First part', closed: false });
  });
});

describe('quote-mark scanner: linear time', () => {
  function time(text: string): number {
    const paras = splitParagraphs(text);
    const t0 = performance.now();
    scanQuotes(text, paras);
    return performance.now() - t0;
  }
  it('200,000 unbalanced marks scan without blow-up', () => {
    const text = '“a '.repeat(200_000);
    const t = time(text);
    expect(t).toBeLessThan(2000);
  });
});
