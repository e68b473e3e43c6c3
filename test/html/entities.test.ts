import { describe, expect, it } from 'vitest';
import { htmlToArticle } from '../../src/load/html/index.js';
import { decodeEntities } from '../../src/load/html/meta/entities.js';
import { page, prose } from './page.js';

const meta = (head: string) => htmlToArticle(page(head, `<div><p>x</p>${prose()}</div>`)).meta;

describe('character references left in metadata', () => {
  it.each([
    ['Harbour&#039;s repairs', "Harbour's repairs"],
    ['Mary O&#8217;Brien', 'Mary O’Brien'],
    ['Costs &amp; delays', 'Costs & delays'],
    ['&#x201C;Quoted&#x201D;', '“Quoted”'],
    ['Wait&hellip;', 'Wait…'],
  ])('%j', (raw, want) => {
    expect(decodeEntities(raw)).toBe(want);
  });
  it.each([
    ['no reference', 'Harbour repairs delayed'],
    ['an unknown name', 'R&D &foo; spending'],
    ['a bare ampersand', 'Procter & Gamble'],
    ['an out-of-range code point', '&#9999999;'],
  ])('left as written: %s', (_what, raw) => {
    expect(decodeEntities(raw)).toBe(raw);
  });
});

describe('pages that escape twice or write loose JSON-LD', () => {
  it('a <meta> title escaped twice is decoded', () => {
    expect(meta('<meta property="og:title" content="Harbour&amp;#039;s repairs stall again">').title).toBe("Harbour's repairs stall again");
  });

  it('a <meta> title escaped once stays as the parser decoded it', () => {
    expect(meta('<meta property="og:title" content="Costs &amp; delays at the harbour">').title).toBe('Costs & delays at the harbour');
  });

  it('JSON-LD with a trailing comma is still read', () => {
    const ld = '{"@type":"NewsArticle","headline":"Harbour repairs stall again","author":[{"@type":"Person","name":"Ana Ruiz"},],}';
    expect(meta(`<script type="application/ld+json">${ld}</script>`).authors).toEqual(['Ana Ruiz']);
  });

  it('a comma inside a JSON-LD string is kept', () => {
    const ld = '{"@type":"NewsArticle","headline":"Repairs, delays ] and costs","author":{"@type":"Person","name":"Ana Ruiz"},}';
    expect(meta(`<script type="application/ld+json">${ld}</script>`).title).toBe('Repairs, delays ] and costs');
  });

  it('JSON-LD that is not JSON at all is skipped, not thrown', () => {
    expect(meta('<script type="application/ld+json">{"@type":"NewsArticle", headline: oops}</script>').authors).toEqual([]);
  });
});
