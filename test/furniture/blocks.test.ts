import { describe, expect, it } from 'vitest';
import { findFurniture } from '../../src/furniture/index.js';
import { segment } from '../../src/segment/index.js';

/** The furniture lines of `text`, as strings. */
function marked(text: string): string[] {
  const { paragraphs } = segment(text);
  return findFurniture(text, paragraphs).boilerplate.map((b) => text.slice(b.start, b.end));
}

const ARTICLE = 'The council approved the budget on Monday after a long debate.\n\nThe mayor said the vote was "a relief for every family in the city."';

describe('furniture blocks', () => {
  it('takes the items of a news feed between its heading and its "MORE NEWS" link', () => {
    const text = `${ARTICLE}\n\nNews Feed\n\n9:14 AM\n\nAP: Rail strike called off after late-night talks.\n\nFuel prices rose for a third week, the ministry said.\nMORE NEWS\n`;
    expect(marked(text)).toEqual([
      'News Feed', '9:14 AM', 'AP: Rail strike called off after late-night talks.', 'Fuel prices rose for a third week, the ministry said.', 'MORE NEWS',
    ]);
  });

  it('takes a related-stories box that ends the text', () => {
    const text = `${ARTICLE}\n\nRelated stories\nCity hall braces for a long winter\nWhy the budget vote matters`;
    expect(marked(text)).toEqual(['Related stories', 'City hall braces for a long winter', 'Why the budget vote matters']);
  });

  it('takes the promo line above a call to buy, in the page top', () => {
    const text = `Our new print edition is here. Be among the first to read it.\n\npre-order now\nSkip to content\n\nCouncil approves budget\n\n${ARTICLE}`;
    expect(marked(text)).toEqual(['Our new print edition is here. Be among the first to read it.', 'pre-order now', 'Skip to content']);
  });

  it('takes a newsletter name squeezed between subscription prompts', () => {
    const text = `${ARTICLE}\n\nSubscribe\n* indicates required\nMorning Briefing with Ana Ruiz\n* indicates required\n`;
    expect(marked(text)).toContain('Morning Briefing with Ana Ruiz');
  });

  it('takes a teaser (headline + standfirst) just before a box of other articles', () => {
    const text = `Council approves budget\n\n${ARTICLE}\n\nWhy the port strike could last all winter\nDockers say talks have stalled. The union wants a 9% raise.\n\nMost read\n\nFerry services resume`;
    expect(marked(text)).toEqual([
      'Why the port strike could last all winter', 'Dockers say talks have stalled. The union wants a 9% raise.', 'Most read', 'Ferry services resume',
    ]);
  });

  it('takes trailing links to other articles after the last sentence', () => {
    const text = `${ARTICLE}\n\nCity hall braces for a long winter\n\nWhy the budget vote matters to renters`;
    expect(marked(text)).toEqual(['City hall braces for a long winter', 'Why the budget vote matters to renters']);
  });

  it('keeps the headline between page furniture and the byline', () => {
    const text = `Skip to content\nEdit post\n\nCouncil approves budget after long debate\n\nby Ana Ruiz May 5, 2025 9:10 AM 3 min read\n${ARTICLE}`;
    expect(marked(text)).toEqual(['Skip to content', 'Edit post', 'by Ana Ruiz May 5, 2025 9:10 AM 3 min read']);
  });

  it('keeps sub-headings and body paragraphs between ads', () => {
    const text = `${ARTICLE}\n\nADVERTISING\n\nWhat comes next\n\nThe budget now goes to the regional assembly.\n\nADVERTISING\n\nA vote is expected in June.`;
    expect(marked(text)).toEqual(['ADVERTISING', 'ADVERTISING']);
  });

  it('marks nothing in plain article text', () => {
    expect(marked(`Council approves budget\n${ARTICLE}\nSubscribers said the plan would raise prices.`)).toEqual([]);
  });
});

describe('authors and publication date from the byline', () => {
  it('fills authors (names only) and published from a byline near the top', () => {
    const text = `Council approves budget\n\nby Ana Ruiz and Tom Berg Daily Ledger May 5, 2025 9:10 AM 3 min read\n\n${ARTICLE}`;
    const f = findFurniture(text, segment(text).paragraphs);
    expect(f.authors).toEqual(['Ana Ruiz', 'Tom Berg']);
    expect(f.published).toBe('2025-05-05T09:10');
  });

  it('takes the date from a dateline line when the byline has none', () => {
    const text = `Council approves budget\nBy Ana Ruiz\nUpdated May 5, 2025\n\n${ARTICLE}`;
    const f = findFurniture(text, segment(text).paragraphs);
    expect(f).toMatchObject({ authors: ['Ana Ruiz'], published: '2025-05-05' });
  });

  it('does not believe a byline deep in the text', () => {
    const body = Array.from({ length: 14 }, (_, i) => `Paragraph ${i + 1} of the story goes on here.`).join('\n');
    const text = `${body}\nBy Ana Ruiz`;
    expect(findFurniture(text, segment(text).paragraphs).authors).toEqual([]);
  });
});
