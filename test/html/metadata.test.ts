import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../../src/load/html/index.js';
import { cleanAuthors } from '../../src/load/html/meta/authors.js';
import { cleanTitle } from '../../src/load/html/meta/title.js';
import { jsonLd, page, prose } from './page.js';

const meta = (head: string, body = `<article><h1>Harbour repairs delayed again</h1>${prose()}</article>`) => htmlToArticle(page(head, body)).meta;

describe('metadata sources, in order', () => {
  it('JSON-LD NewsArticle: headline, authors (object array), datePublished', () => {
    const m = meta(
      jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Harbour repairs delayed again',
        author: [{ '@type': 'Person', name: 'Ana Ruiz' }, { '@type': 'Person', name: 'Tom Berg' }], datePublished: '2025-05-05T09:10:00+02:00' }) +
        '<meta property="og:title" content="Other title"><meta name="author" content="Someone Else"><meta property="article:published_time" content="2020-01-01">',
    );
    expect(m).toMatchObject({ title: 'Harbour repairs delayed again', authors: ['Ana Ruiz', 'Tom Berg'], published: '2025-05-05T09:10:00+02:00' });
  });

  it('JSON-LD in @graph, author as a string, type as an array, wrapped in CDATA', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'Site' }, { '@type': ['ReportageNewsArticle'], headline: 'Harbour repairs delayed again', author: 'Ana Ruiz', datePublished: '2025-05-05' }] };
    const m = meta(`<script type="application/ld+json"><![CDATA[${JSON.stringify(ld)}]]></script>`);
    expect(m).toMatchObject({ title: 'Harbour repairs delayed again', authors: ['Ana Ruiz'], published: '2025-05-05' });
  });

  it('JSON-LD author as a single object', () => {
    const m = meta(jsonLd({ '@type': 'Article', headline: 'Harbour repairs delayed again', author: { '@type': 'Person', name: 'Ana Ruiz' } }));
    expect(m.authors).toEqual(['Ana Ruiz']);
  });

  it('OpenGraph title and article:published_time when there is no JSON-LD', () => {
    const m = meta('<meta property="og:title" content="Harbour repairs delayed again"><meta property="article:published_time" content="2025-05-05T07:10:00Z">');
    expect(m).toMatchObject({ title: 'Harbour repairs delayed again', published: '2025-05-05T07:10:00Z' });
  });

  it('<meta name="author">', () => {
    expect(meta('<meta name="author" content="Ana Ruiz">').authors).toEqual(['Ana Ruiz']);
  });

  it('<time datetime> when no tag states the date', () => {
    const m = meta('', `<article><h1>Harbour repairs delayed again</h1><time datetime="2025-05-05T09:10">May 5</time>${prose()}</article>`);
    expect(m.published).toBe('2025-05-05T09:10');
  });

  it("Readability's own byline guess when the page states no author", () => {
    const m = meta('', `<article><h1>Harbour repairs delayed again</h1><p class="byline">By Ana Ruiz</p>${prose()}</article>`);
    expect(m.authors).toEqual(['Ana Ruiz']);
  });

  it('the visible <h1> wins over an SEO variant of the headline it agrees with', () => {
    const m = meta(
      jsonLd({ '@type': 'NewsArticle', headline: 'Harbour repairs: everything you need to know' }) +
        '<meta property="og:title" content="Harbour repairs delayed again | City Ledger"><meta property="og:site_name" content="City Ledger">',
    );
    expect(m.title).toBe('Harbour repairs delayed again');
  });

  it('no metadata at all: nulls and an empty author list', () => {
    const m = meta('', `<div>${prose()}</div>`);
    expect(m).toMatchObject({ authors: [], published: null });
  });
});

describe('title without site suffix', () => {
  it.each([
    ['Harbour repairs delayed again | City Ledger', 'City Ledger', 'Harbour repairs delayed again'],
    ['Harbour repairs delayed again - City Ledger', null, 'Harbour repairs delayed again'],
    ['Harbour repairs delayed again – The Ledger', null, 'Harbour repairs delayed again'],
    ['Harbour repairs delayed again :: Ledger', null, 'Harbour repairs delayed again'],
    ['Harbour repairs delayed again [Ledger]', null, 'Harbour repairs delayed again'],
    ['City Ledger: Harbour repairs delayed again', 'City Ledger', 'Harbour repairs delayed again'],
    // blog themes separate with guillemets
    ['Harbour repairs delayed again « City Ledger', 'City Ledger', 'Harbour repairs delayed again'],
    ['Harbour repairs delayed again « Ledger Blog', null, 'Harbour repairs delayed again'],
    ['City Ledger » Harbour repairs delayed again', 'City Ledger', 'Harbour repairs delayed again'],
    // the site as its domain
    ['Harbour repairs delayed again | cityledger.com', null, 'Harbour repairs delayed again'],
    ['Harbour repairs delayed again - News.Ledger.co.uk', null, 'Harbour repairs delayed again'],
  ])('%s', (raw, site, want) => {
    expect(cleanTitle(raw, site)).toBe(want);
  });
  it.each([
    ['How we built it - an async task framework', null],
    ['Chapter 1 - Part 2', null],
    ['Xbox One X review: A console that keeps up with gaming PCs', null],
    ['Covid-19 cases rise in Kyiv', null],
    ['Mayor says « we will stay » in Kyiv', null],
    ['Harbour « repairs » delayed', null],
    ['Harbour repairs delayed again - version 2.0', null],
    ['Budget passes after long night - see p.12', null],
  ])('kept whole: %s', (raw, site) => {
    expect(cleanTitle(raw, site)).toBe(raw);
  });
});

describe('author names', () => {
  it.each([
    ['By Ana Ruiz', ['Ana Ruiz']],
    ['By ANA RUIZ and Tom Berg', ['Ana Ruiz', 'Tom Berg']],
    ['Ana Ruiz, Tom Berg', ['Ana Ruiz', 'Tom Berg']],
    ['By Brenda Goodman, MA\n  WebMD Health News', ['Brenda Goodman']],
    ['by Lucas Nolan22 Dec 2016651', ['Lucas Nolan']],
    ['Written by Ana Ruiz | Updated 3:46 PM', ['Ana Ruiz']],
  ])('%s', (raw, want) => {
    expect(cleanAuthors(raw)).toEqual(want);
  });
  it.each([
    ['the site name', 'City Ledger', 'City Ledger'],
    ['a login', 'admin', null],
    ['a user handle', 'CC7567', null],
    ['a profile URL only', 'https://example.org/ana', null],
  ])('not a name: %s', (_what, raw, site) => {
    expect(cleanAuthors(raw, site)).toEqual([]);
  });
});
