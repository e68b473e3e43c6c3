import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../../src/load/html/index.js';
import { chooseDate, normaliseDate, urlDate } from '../../src/load/html/meta/dates.js';
import { cleanTitle } from '../../src/load/html/meta/title.js';
import { jsonLd, page, prose } from './page.js';

const H1 = '<h1>Harbour repairs delayed again</h1>';
const meta = (head: string, body: string) => htmlToArticle(page(head, body)).meta;
const article = (inner: string, outside = '') => `${outside}<article>${H1}${inner}${prose()}</article>`;

describe('authors from the page', () => {
  it('JSON-LD author as an @id reference into the @graph (WordPress/Yoast)', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [
      { '@type': 'NewsArticle', headline: 'Harbour repairs delayed again', author: { '@id': 'https://x.example/#/person/1' } },
      { '@type': 'Person', '@id': 'https://x.example/#/person/1', name: 'Ana Ruiz' },
    ] };
    expect(meta(jsonLd(ld), article('')).authors).toEqual(['Ana Ruiz']);
  });

  it('JSON-LD creator, and givenName + familyName', () => {
    expect(meta(jsonLd({ '@type': 'NewsArticle', creator: ['Ana Ruiz'] }), article('')).authors).toEqual(['Ana Ruiz']);
    expect(meta(jsonLd({ '@type': 'NewsArticle', author: { '@type': 'Person', givenName: 'Ana', familyName: 'Ruiz' } }), article('')).authors).toEqual(['Ana Ruiz']);
  });

  it('JSON-LD organisation author gives way to a person in the visible byline', () => {
    const m = meta(jsonLd({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'City Ledger' } }), article('<p class="byline">By Ana Ruiz</p>'));
    expect(m.authors).toEqual(['Ana Ruiz']);
  });

  it('a wire story: the organisation is the author when no person is named', () => {
    const m = meta(jsonLd({ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'Associated Press' }, publisher: { '@type': 'Organization', name: 'City Ledger' } }), article(''));
    expect(m.authors).toEqual(['Associated Press']);
  });

  it('several <meta name="author"> tags, and article:author URLs skipped', () => {
    const m = meta('<meta property="article:author" content="https://facebook.com/ana"><meta name="author" content="Ana Ruiz"><meta name="author" content="Tom Berg">', article(''));
    expect(m.authors).toEqual(['Ana Ruiz', 'Tom Berg']);
  });

  it('the site name in <meta name="author"> gives way to the byline', () => {
    const m = meta('<meta name="author" content="City Ledger"><meta property="og:site_name" content="City Ledger">', article('<div class="c-byline"><span class="c-byline__author">Ana Ruiz</span></div>'));
    expect(m.authors).toEqual(['Ana Ruiz']);
  });

  it('every <a rel="author"> in the byline, none from the sidebar', () => {
    const body = article('<p class="meta">By <a rel="author" href="/a">Ana Ruiz</a> and <a rel="author" href="/t">Tom Berg</a></p>', '<aside><a rel="author" href="/x">Sidebar Writer</a></aside>');
    expect(meta('', body).authors).toEqual(['Ana Ruiz', 'Tom Berg']);
  });

  it('itemprop="author" with itemprop="name" inside', () => {
    const body = article('<span itemprop="author" itemscope itemtype="https://schema.org/Person"><img src="x.jpg" alt=""><span itemprop="name">Ana Ruiz</span></span>');
    expect(meta('', body).authors).toEqual(['Ana Ruiz']);
  });

  it('an author name and a job title in touching elements', () => {
    const body = article('<div class="author"><a class="author-link" href="/a">Ana Ruiz</a><div class="author-title">Harbour Editor</div></div>');
    expect(meta('', body).authors).toEqual(['Ana Ruiz']);
  });

  it('a byline only as text above the story', () => {
    const body = `<header>${H1}<p>By Ana Ruiz and Tom Berg, City Ledger</p></header><div>${prose()}</div>`;
    expect(meta('', body).authors).toEqual(['Ana Ruiz', 'Tom Berg']);
  });

  it('a byline that says where the story was filed from', () => {
    const body = article('<p class="byline"><a rel="author" href="/profile/ana-ruiz">Ana Ruiz</a> in Kyiv</p>');
    expect(meta('', body).authors).toEqual(['Ana Ruiz']);
  });

  it('a meta author with a place', () => {
    expect(meta('<meta name="author" content="Ana Ruiz in Kyiv and Tom Berg in Warsaw">', article('')).authors).toEqual(['Ana Ruiz', 'Tom Berg']);
  });

  it('a "Reported by" line above the story', () => {
    const body = `<header>${H1}<p>Reported by Ana Ruiz</p></header><div>${prose()}</div>`;
    expect(meta('', body).authors).toEqual(['Ana Ruiz']);
  });

  it('no byline: a sentence starting with "Reported by" is not one', () => {
    const body = `<div>${H1}<p>Reported by the council in March, the figures show a rise.</p>${prose()}</div>`;
    expect(meta('', body).authors).toEqual([]);
  });

  it('no byline: a sentence starting with "By" is not one', () => {
    const body = `<div>${H1}<p>By Tuesday, the council had voted.</p>${prose()}</div>`;
    expect(meta('', body).authors).toEqual([]);
  });
});

describe('publication date', () => {
  it('JSON-LD in UTC gives way to the same instant in the page’s zone', () => {
    const m = meta(jsonLd({ '@type': 'NewsArticle', datePublished: '2017-02-24T01:18:13Z' }) + '<meta property="article:published_time" content="2017-02-23T17:18:13-08:00">', article(''));
    expect(m.published).toBe('2017-02-23T17:18:13-08:00');
  });

  it('JSON-LD datePublished on the WebPage node when the article has none', () => {
    const ld = { '@graph': [{ '@type': 'NewsArticle', headline: 'Harbour repairs delayed again' }, { '@type': 'WebPage', datePublished: '2025-05-05T09:10:00+02:00' }] };
    expect(meta(jsonLd(ld), article('')).published).toBe('2025-05-05T09:10:00+02:00');
  });

  it.each([
    ['pubdate', '<time pubdate datetime="2025-05-05">May 5</time>'],
    ['itemprop on a visible element', '<span itemprop="datePublished" content="2025-05-05T09:10">May 5</span>'],
    ['a date as text in a dated element', '<span class="post-date">May 5, 2025</span>'],
  ])('%s', (_what, inner) => {
    expect(meta('', article(inner)).published?.slice(0, 10)).toBe('2025-05-05');
  });

  it('an update time is not the publication time', () => {
    const m = meta('', article('<time class="updated" datetime="2025-05-07">May 7</time> <time datetime="2025-05-05">May 5</time>'));
    expect(m.published).toBe('2025-05-05');
  });

  it('the date in the URL, last of all', () => {
    expect(meta('<link rel="canonical" href="https://x.example/2025/05/05/harbour-repairs/">', article('')).published).toBe('2025-05-05');
  });

  it('meta name="date", sailthru.date and parsely-pub-date', () => {
    expect(meta('<meta name="sailthru.date" content="2025-05-05 09:10:00">', article('')).published).toBe('2025-05-05T09:10:00');
    expect(meta('<meta name="parsely-pub-date" content="2025-05-05T07:10:00Z">', article('')).published).toBe('2025-05-05T07:10:00Z');
    expect(meta('<meta name="date" content="Mon, 05 May 2025 09:10:00 GMT">', article('')).published).toBe('2025-05-05T09:10');
  });
});

describe('date rules', () => {
  it.each([
    ['https://x.example/2024/03/15/story', '2024-03-15'],
    ['https://x.example/news/2024-03-15/story', '2024-03-15'],
    ['https://x.example/news/story-20240315', '2024-03-15'],
    ['https://x.example/2024/3/5/story', '2024-03-05'],
  ])('URL %s', (url, want) => expect(urlDate(url)).toBe(want));
  it.each(['https://x.example/news/123456789', 'https://x.example/2024/story', 'https://x.example/2024/13/45/x', null])('no URL date: %s', (url) => {
    expect(urlDate(url)).toBeNull();
  });
  it.each([
    ['2024/03/15', '2024-03-15'],
    ['20240315', '2024-03-15'],
    ['Published: March 15, 2024', '2024-03-15'],
    ['2024-03-15T10:00:00.000+0100', '2024-03-15T10:00:00+01:00'],
  ])('normalise %s', (raw, want) => expect(normaliseDate(raw)).toBe(want));

  it.each([
    ['UTC and the same instant with an offset', ['2017-02-24T01:18:13Z', '2017-02-23T17:18:13-08:00'], [], '2017-02-23T17:18:13-08:00'],
    ['UTC and the local day in the URL', ['2017-02-24T01:18:13Z'], ['2017-02-23'], '2017-02-23'],
    ['UTC and a local wall time shown by the byline', ['2017-02-24T01:18:00Z'], ['February 23, 2017 5:18 PM'], '2017-02-23T17:18'],
    ['a local time is kept', ['2017-02-23T17:18:13-08:00', '2017-02-24T01:18:13Z'], [], '2017-02-23T17:18:13-08:00'],
    ['UTC with a witness on the same day', ['2017-02-24T01:18:13Z'], ['2017-02-24', '2017-02-23'], '2017-02-24T01:18:13Z'],
    ['UTC and a witness two days off', ['2017-02-24T01:18:13Z'], ['2017-02-21'], '2017-02-24T01:18:13Z'],
    ['UTC at noon is not the previous day', ['2017-02-24T12:00:00Z'], ['2017-02-23'], '2017-02-24T12:00:00Z'],
    ['another story’s date is no witness', ['2025-05-24T08:40:12+00:00', '2025-05-23'], [], '2025-05-24T08:40:12+00:00'],
  ])('%s', (_what, sources, witnesses, want) => expect(chooseDate(sources, witnesses)).toBe(want));
});

describe('title', () => {
  const body = article('');
  it('"Site | Headline" in <title>, confirmed by the <h1>', () => {
    expect(meta('<title>City Ledger | Harbour repairs delayed again</title><meta property="og:site_name" content="City Ledger">', body).title).toBe('Harbour repairs delayed again');
  });
  it('a truncated JSON-LD headline gives way to the <h1> it starts', () => {
    expect(meta(jsonLd({ '@type': 'NewsArticle', headline: 'Harbour repairs delayed again as…' }), `<article><h1>Harbour repairs delayed again as storms return</h1>${prose()}</article>`).title).toBe(
      'Harbour repairs delayed again as storms return',
    );
  });
  it('a truncated JSON-LD headline gives way to a whole og:title', () => {
    expect(meta(jsonLd({ '@type': 'NewsArticle', headline: 'Council votes to close the old ferry terminal after…' }) + '<meta property="og:title" content="Council votes to close the old ferry terminal after years of losses">', `<div>${prose()}</div>`).title).toBe(
      'Council votes to close the old ferry terminal after years of losses',
    );
  });
  it('the publisher named in JSON-LD is a site suffix', () => {
    expect(meta(jsonLd({ '@type': 'NewsArticle', publisher: { '@type': 'NewsMediaOrganization', name: 'Coastal Daily Record' } }) + '<title>Ferry terminal to close - Coastal Daily Record</title>', `<div>${prose()}</div>`).title).toBe('Ferry terminal to close');
  });
  it('"Firefox — Customize ..." keeps a leading word that is not a declared site', () => {
    expect(meta('<title>Firefox — Customize and make it your own</title>', `<div><h1>Customize and make it your own</h1>${prose()}</div>`).title).toBe('Firefox — Customize and make it your own');
  });
});

describe('site and section suffixes', () => {
  it.each([
    ['Flood barriers to be raised before winter, council says | News | Northfield Echo', 'Northfield Echo', 'Flood barriers to be raised before winter, council says'],
    ['Flood barriers to be raised before winter - Local News - Northfield Echo', 'Northfield Echo', 'Flood barriers to be raised before winter'],
    ['Flood barriers to be raised before winter — Northfield Echo', 'Northfield Echo', 'Flood barriers to be raised before winter'],
  ])('%s', (raw, site, want) => expect(cleanTitle(raw, [site])).toBe(want));
  it.each([
    ['Chapter 1 - Part 2 | Northfield Echo', 'Northfield Echo', 'Chapter 1 - Part 2'],
    ['Why the ferry matters: a Q&A - Part 2 | Northfield Echo', 'Northfield Echo', 'Why the ferry matters: a Q&A - Part 2'],
  ])('keeps inner parts with another separator: %s', (raw, site, want) => expect(cleanTitle(raw, [site])).toBe(want));
});

describe('visible date lines', () => {
  it.each([
    ['Published: 9:47 PM CDT August 4, 2025', '2025-08-04T21:47'],
    ['9:47 p.m. ET Aug. 4, 2025', '2025-08-04T21:47'],
    ['Posted: Thursday, October 16, 2025 6:00 am', '2025-10-16T06:00'],
    ['Tue 19 Aug 2025 06.00 BST', '2025-08-19T06:00'],
  ])('%s', (raw, want) => expect(normaliseDate(raw)).toBe(want));
  it('an "Updated:" line is not the publication date', () => {
    const m = htmlToArticle(page('', `<div class="story"><h1>Harbour repairs delayed again</h1><div class="timestamp">Updated: 11:10 PM CDT August 5, 2025</div><div class="timestamp">Published: 9:47 PM CDT August 4, 2025</div>${prose()}</div>`)).meta;
    expect(m.published).toBe('2025-08-04T21:47');
  });
});

describe('section labels in titles', () => {
  it('"Opinion | Headline" when the <h1> shows the headline alone', () => {
    expect(meta('<meta property="og:title" content="Opinion | Why the ferry matters">', `<article><h1>Why the ferry matters</h1>${prose()}</article>`).title).toBe('Why the ferry matters');
  });
  it('the section from article:section is cut with no <h1> to confirm', () => {
    expect(meta('<title>Opinion | Why the ferry matters to the islands</title><meta property="article:section" content="Opinion">', `<div>${prose()}</div>`).title).toBe('Why the ferry matters to the islands');
  });
  it('a headline with a colon is kept whole when the <h1> says so', () => {
    expect(meta('<meta property="og:title" content="Ferry strike: what we know">', `<article><h1>Ferry strike: what we know</h1>${prose()}</article>`).title).toBe('Ferry strike: what we know');
  });
});

describe('JSON-LD shapes', () => {
  it('a Person whose name lists two people', () => {
    expect(meta(jsonLd({ '@type': 'NewsArticle', author: { '@type': 'Person', name: ['Ana Ruiz', 'Tom Berg'] } }), article('')).authors).toEqual(['Ana Ruiz', 'Tom Berg']);
  });
  it('of two articles described, the one the <h1> shows', () => {
    const ld = [{ '@type': 'NewsArticle', headline: 'Another story entirely', author: 'Sidebar Writer' }, { '@type': 'NewsArticle', headline: 'Harbour repairs delayed again', author: 'Ana Ruiz' }];
    expect(meta(jsonLd(ld), article('')).authors).toEqual(['Ana Ruiz']);
  });
  it('HTML entities inside JSON-LD strings', () => {
    expect(meta(jsonLd({ '@type': 'NewsArticle', headline: 'Mayor&#039;s harbour plan &amp; the ferry' }), `<div>${prose()}</div>`).title).toBe("Mayor's harbour plan & the ferry");
  });
  it('broken JSON-LD is skipped, the tags still read', () => {
    expect(meta('<script type="application/ld+json">{"@type": "NewsArticle", </script><meta name="author" content="Ana Ruiz">', article('')).authors).toEqual(['Ana Ruiz']);
  });
});
