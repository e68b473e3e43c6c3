// Metadata a page states outside JSON-LD: OpenGraph and other <meta> tags,
// <time datetime>, and the byline elements publishers mark up. Each list is in
// order of trust: the tag whose meaning is most specific comes first.
import { metaContent, type DomDocument } from '../dom.js';

// Dublin Core first, then OpenGraph, Twitter, Parse.ly: Readability's order, so
// that a page stating several agrees with it.
const TITLE = [
  'meta[name~="dc.title" i]', 'meta[property~="dc:title"]', 'meta[name~="dcterm:title"]', 'meta[property~="og:title"]', 'meta[name~="og:title"]', 'meta[name~="twitter:title"]', 'meta[property~="twitter:title"]',
  'meta[name~="parsely-title"]', 'meta[name~="sailthru.title"]', 'meta[name~="title"]',
];

const AUTHOR = [
  'meta[name~="dc.creator" i]', 'meta[property~="dc:creator"]', 'meta[name~="dcterm:creator"]', 'meta[name~="author"]', 'meta[property~="author"]', 'meta[name~="article:author"]', 'meta[property~="article:author"]',
  'meta[name~="parsely-author"]', 'meta[name~="sailthru.author"]', 'meta[name~="byl"]', 'meta[name~="citation_author"]', 'meta[name~="twitter:creator"]',
];

const PUBLISHED = [
  'meta[property~="article:published_time"]', 'meta[name~="article:published_time"]', 'meta[property~="og:published_time"]',
  'meta[property~="og:article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name~="parsely-pub-date"]',
  'meta[name~="pubdate"]', 'meta[name~="publishdate"]', 'meta[name~="publish-date"]', 'meta[name~="sailthru.date"]',
  'meta[name~="date"]', 'meta[name~="dc.date.issued" i]', 'meta[name~="dc.date" i]', 'meta[name~="dcterms.created" i]',
  'meta[name~="dcterms.date" i]', 'meta[property~="dc:date"]', 'meta[name~="citation_publication_date"]',
];

/** Elements publishers use for a visible byline, most explicit first. */
const BYLINE = [
  '[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', '[rel="author"]', '.byline__name', '.author-name',
  '.byline-name', '.byline', '.author', '[class*="byline"]',
];

export interface TagMeta {
  title: string | null;
  author: string | null;
  published: string | null;
  siteName: string | null;
}

export function tagMeta(doc: DomDocument): TagMeta {
  return {
    title: metaContent(doc, TITLE),
    author: usableAuthor(metaContent(doc, AUTHOR)),
    published: metaContent(doc, PUBLISHED) ?? timeElement(doc),
    siteName: metaContent(doc, ['meta[property~="og:site_name"]', 'meta[name~="application-name"]', 'meta[name~="apple-mobile-web-app-title"]']),
  };
}

/** The visible byline element's text, when the page marks one up. */
export function bylineElement(doc: DomDocument): string | null {
  for (const sel of BYLINE) {
    for (const el of Array.from(doc.querySelectorAll(sel))) {
      const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
      // A real byline is a few names, not a paragraph or a whole author box.
      if (t && t.length <= 100) return t;
    }
  }
  return null;
}

/** `<time datetime>` marked as the publication time, else the first one inside the article. */
function timeElement(doc: DomDocument): string | null {
  for (const sel of ['time[itemprop="datePublished"]', 'time[pubdate]', 'article time[datetime]', 'header time[datetime]', 'time[datetime]']) {
    const el = doc.querySelector(sel);
    const v = el?.getAttribute('datetime')?.trim();
    if (v) return v;
  }
  return null;
}

/** Author tags sometimes hold a profile URL or a Twitter handle instead of a name. */
function usableAuthor(v: string | null): string | null {
  if (!v || /^(?:https?:|www\.|@)/i.test(v)) return null;
  return v;
}
