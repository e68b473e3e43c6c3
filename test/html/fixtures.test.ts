import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mineFiles } from '../../src/index.js';

// The hand-checked HTML fixtures: title, authors and publication date as a
// reader of the page would give them, plus the article text's shape.
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');
const cases = readdirSync(FIXTURES).filter((d) => d.startsWith('html-'));

async function mineOne(file: string) {
  const warnings: string[] = [];
  for await (const ev of mineFiles([file], { only: [], includeText: true })) {
    if (ev.type === 'document') return { doc: ev.document, warnings };
    if (ev.type === 'warning') warnings.push(ev.reason);
    if (ev.type === 'error') throw new Error(ev.reason);
  }
  throw new Error('no document');
}

describe('HTML fixtures', () => {
  it('there are at least three', () => expect(cases.length).toBeGreaterThanOrEqual(3));
  it.each(cases)('%s: title, authors, published', async (name) => {
    const want = JSON.parse(readFileSync(path.join(FIXTURES, name, 'expected.json'), 'utf8'));
    const { doc } = await mineOne(path.join(FIXTURES, name, 'input.html'));
    expect({ title: doc.title, authors: doc.authors, published: doc.published, referenceDate: doc.referenceDate }).toEqual({
      title: want.title, authors: want.authors, published: want.published, referenceDate: want.referenceDate,
    });
  });

  it('html-jsonld-newsarticle: article text without the page furniture', async () => {
    const { doc } = await mineOne(path.join(FIXTURES, 'html-jsonld-newsarticle', 'input.html'));
    const text = doc.text!;
    expect(text).toContain('GDANSK, Poland — A ferry operator suspended all crossings');
    expect(text).toContain('Subscribers to its text alerts were told');
    expect(text).toContain('Port authorities in Gdansk said two other ships');
    for (const gone of ['Share this story', 'Advertisement', 'Morning Briefing', 'indicates required', 'Piotr Zielinski', 'contributed reporting', 'Related stories', 'Privacy policy', 'HACKED', 'Skip to main content']) {
      expect(text).not.toContain(gone);
    }
    expect(doc.url).toBe('https://baltictimes.example/news/ferry-crossings-halted');
  });

  it('html-opengraph-byline: list items as lines, furniture gone, the script never ran', async () => {
    const { doc } = await mineOne(path.join(FIXTURES, 'html-opengraph-byline', 'input.html'));
    const text = doc.text!;
    expect(text).toContain('The budget sets aside:\n\n40 million euros for harbour repairs\n12 million euros for school buildings\n5 million euros for cycle lanes');
    expect(text).toContain('Where the money goes');
    expect(text).toContain('A photo of the vote, taken by a councillor');
    for (const gone of ['Listen to this article', 'Read more', 'Copy link', 'injected by a script', '3 min read', 'Accept all']) expect(text).not.toContain(gone);
  });

  it('html-no-article-fallback: text from <main>, with a warning', async () => {
    const { doc, warnings } = await mineOne(path.join(FIXTURES, 'html-no-article-fallback', 'input.html'));
    expect(doc.text).toBe('Ferry services resume\n\nFerry services to the islands resumed on Tuesday morning.\n\nThe port authority said delays were over.');
    expect(warnings.join(' ')).toMatch(/<main>/);
  });
});
