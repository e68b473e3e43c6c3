import { describe, expect, it } from 'vitest';
import { paragraphsOf, sentencesOf } from './helpers.js';

// Paragraphs and line breaks: blank lines, one paragraph per line, hard-wrapped
// newswire, one sentence per line, format=flowed, and lines with no final stop.

const WIRE = [
  'COCOA RAINS EASE DROUGHT',
  '',
  'SALVADOR, Feb 26 - Showers continued throughout the week in',
  'the cocoa zone, easing the drought that began early in',
  'January, the trade group said in its weekly review.',
  '    Arrivals for the week were 155,221 bags of 60 kilos. The',
  'total for the season was 5.93 mln bags against 5.81 mln at the',
  'same stage last year.',
  '    Shr 1.20 dlrs vs 1.10 dlrs',
  '    Net 5.0 mln vs 4.2 mln',
].join('\n');

describe('hard-wrapped newswire', () => {
  it('joins wrapped lines; an indented line starts a paragraph; headline and table rows stand alone', () => {
    expect(paragraphsOf(WIRE).map((p) => p.replace(/\s+/g, ' '))).toEqual([
      'COCOA RAINS EASE DROUGHT',
      'SALVADOR, Feb 26 - Showers continued throughout the week in the cocoa zone, easing the drought that began early in January, the trade group said in its weekly review.',
      'Arrivals for the week were 155,221 bags of 60 kilos. The total for the season was 5.93 mln bags against 5.81 mln at the same stage last year.',
      'Shr 1.20 dlrs vs 1.10 dlrs',
      'Net 5.0 mln vs 4.2 mln',
    ]);
  });

  it('splits the sentences of wrapped paragraphs across line breaks', () => {
    expect(sentencesOf(WIRE).map((s) => s.replace(/\s+/g, ' '))).toEqual([
      'COCOA RAINS EASE DROUGHT',
      'SALVADOR, Feb 26 - Showers continued throughout the week in the cocoa zone, easing the drought that began early in January, the trade group said in its weekly review.',
      'Arrivals for the week were 155,221 bags of 60 kilos.',
      'The total for the season was 5.93 mln bags against 5.81 mln at the same stage last year.',
      'Shr 1.20 dlrs vs 1.10 dlrs',
      'Net 5.0 mln vs 4.2 mln',
    ]);
  });

  it('a wrap that cuts just before a number is not a list item', () => {
    const text = [
      'The company said it would cut its workforce by a total of',
      '150. The move was expected after two years of losses at the',
      'plant, which makes parts for the car industry in the region.',
      '    The unions said they would fight the cuts, which they',
      'called a betrayal of the workers who had kept the plant open.',
    ].join('\n');
    expect(paragraphsOf(text)).toHaveLength(2);
  });
});

describe('one paragraph per line, and blank lines', () => {
  it('keeps every line of web copy as a paragraph, short or long', () => {
    const lines = [
      'Chinese Fighters Captured in Donetsk',
      'By Jane Roe and John Doe',
      'KYIV, Ukraine — The president said on Tuesday that two fighters had been captured while fighting in the east of the country.',
      'He added that there were many more, without providing evidence.',
      'The ministry did not respond to a request for comment on Wednesday.',
    ];
    expect(paragraphsOf(lines.join('\n'))).toEqual(lines);
    expect(sentencesOf(lines.join('\n'))).toEqual(lines);
  });

  it('blank lines separate paragraphs (BBC style)', () => {
    const text = 'Ad sales boost profit\n\nQuarterly profits jumped 76%. Sales rose.\n\n\nThe firm said it was pleased.';
    expect(paragraphsOf(text)).toEqual(['Ad sales boost profit', 'Quarterly profits jumped 76%. Sales rose.', 'The firm said it was pleased.']);
    expect(sentencesOf(text)).toEqual(['Ad sales boost profit', 'Quarterly profits jumped 76%.', 'Sales rose.', 'The firm said it was pleased.']);
  });

  it('keeps one sentence per line (CoNLL), headline and dateline included', () => {
    const lines = [
      'SOCCER - LEADERS HELD TO DRAW.',
      'LONDON 1996-08-30',
      'The leaders were held to a 1-1 draw at home on Friday .',
      'Results of matches played on Friday :',
      'Arsenal 2 Chelsea 1',
      'Leeds 0 Everton 0',
      'U.S. officials said the match would be replayed .',
    ];
    expect(sentencesOf(lines.join('\n'))).toEqual(lines);
  });

  it('handles \\r\\n and lone \\r line ends', () => {
    expect(sentencesOf('First line\r\nSecond line.\rThird line')).toEqual(['First line', 'Second line.', 'Third line']);
  });

  it('a line with no final stop is its own sentence', () => {
    expect(sentencesOf('Photo: Reuters\nThe vote is on Monday.\nReporting by Jane Roe; editing by John Doe')).toEqual([
      'Photo: Reuters',
      'The vote is on Monday.',
      'Reporting by Jane Roe; editing by John Doe',
    ]);
  });
});

describe('soft line breaks', () => {
  it('a line ending in a space continues in lower case (format=flowed)', () => {
    const text = 'Book your first visit early \nso the midwife can plan the care you need.';
    expect(paragraphsOf(text)).toEqual([text]);
    expect(sentencesOf(text)).toEqual([text]);
  });

  it('a line ending in a space before a capital or a list item is still a break', () => {
    expect(sentencesOf('Volume 12 \nAttachment A')).toEqual(['Volume 12', 'Attachment A']);
    expect(sentencesOf('Read the guide: \n1. Book early')).toEqual(['Read the guide:', '1. Book early']);
  });

  it('a line starting with the stop it lost joins the line before', () => {
    expect(sentencesOf('Contact us for prices\n.\n\nMore information')).toEqual(['Contact us for prices\n.', 'More information']);
  });

  it('a sentence cut by a line break runs on to its full stop on the next line (PDF copy)', () => {
    const text = 'The council approved the budget\nafter a long debate on Tuesday.';
    expect(sentencesOf(text)).toEqual([text]);
  });

  it.each([
    ['Results of the league\nmatches on Saturday:'],
    ['Key dates\nnominations close in May'],
    ['Chinese fighters captured\niPhone sales fell in March.'],
  ])('a line break before lower case stays when the words do not run on to a full stop: %j', (text) => {
    expect(sentencesOf(text)).toHaveLength(2);
  });

  it('short lines with no space at the end stay apart', () => {
    expect(sentencesOf('features\ncontact manager\nevents, activities\n')).toEqual(['features', 'contact manager', 'events, activities']);
  });

  it('an indented line starts a paragraph', () => {
    expect(paragraphsOf('One line here. \n\tTwo line here.')).toEqual(['One line here.', 'Two line here.']);
  });
});

describe('decoration', () => {
  it('drops rules and bare punctuation lines from sentences', () => {
    expect(sentencesOf('//////////Section one\n* * *\n==========\nThe text.')).toEqual(['Section one', 'The text.']);
  });

  it('a stray quote mark at the end of a line joins the sentence before it', () => {
    expect(sentencesOf('"We lost," he said. "')).toEqual(['"We lost," he said. "']);
  });

  it.fails('letters spelt down the page are one word (PDF extraction)', () => {
    expect(sentencesOf('W\nA\nRN\nI\nNG')).toEqual(['W\nA\nRN\nI\nNG']);
  });
});
