// Metadata a page states in <meta> tags: Dublin Core, OpenGraph, Twitter,
// Parse.ly, Sailthru and the plain names. Each list is in order of trust: the
// tag whose meaning is most specific comes first.
import { metaContent, type DomDocument } from '../dom.js';

// Dublin Core first (the property form before the name form), then OpenGraph,
// Twitter, Parse.ly: Readability's order, so that a page stating several agrees with it.
const TITLE = [
  'meta[property~="dc:title"]', 'meta[name~="dc.title" i]', 'meta[name~="dcterm:title"]', 'meta[property~="og:title"]', 'meta[name~="og:title"]', 'meta[name~="twitter:title"]', 'meta[property~="twitter:title"]',
  'meta[name~="parsely-title"]', 'meta[name~="sailthru.title"]', 'meta[name~="title"]',
];

/** Author tags, most specific first; every tag of the first kind present is read ("DC.Creator" once per author). */
const AUTHOR = [
  'meta[property~="dc:creator"]', 'meta[name~="dc.creator" i]', 'meta[name~="dcterm:creator"]', 'meta[name~="author"]', 'meta[property~="author"]', 'meta[name~="article:author"]', 'meta[property~="article:author"]',
  'meta[property~="og:article:author"]', 'meta[name~="parsely-author"]', 'meta[name~="sailthru.author"]', 'meta[name~="byl"]', 'meta[name~="citation_author"]', 'meta[name~="twitter:creator"]',
];

const PUBLISHED = [
  'meta[property~="article:published_time"]', 'meta[name~="article:published_time"]', 'meta[property~="og:published_time"]',
  'meta[property~="og:article:published_time"]', 'meta[itemprop="datePublished"]', 'meta[name~="parsely-pub-date"]',
  'meta[name~="pubdate"]', 'meta[name~="publishdate"]', 'meta[name~="publish-date"]', 'meta[name~="publish_date"]', 'meta[name~="sailthru.date"]',
  'meta[name~="date"]', 'meta[name~="dc.date.issued" i]', 'meta[name~="dc.date" i]', 'meta[name~="dcterms.created" i]',
  'meta[name~="dcterms.date" i]', 'meta[property~="dc:date"]', 'meta[name~="citation_publication_date"]', 'meta[name~="citation_date"]',
  'meta[property~="og:pubdate"]', 'meta[name~="original-publish-date"]', 'meta[name~="cxenseparse:recs:publishtime"]',
];

const SITE = ['meta[property~="og:site_name"]', 'meta[name~="application-name"]', 'meta[name~="apple-mobile-web-app-title"]', 'meta[name~="twitter:site"]'];

export interface TagMeta {
  title: string | null;
  /** Every value of the first author tag the page has, URLs and handles left out. */
  authors: string[];
  published: string | null;
  siteNames: string[];
}

export function tagMeta(doc: DomDocument): TagMeta {
  return {
    title: metaContent(doc, TITLE),
    authors: metaAll(doc, AUTHOR).filter(usableAuthor),
    published: metaContent(doc, PUBLISHED),
    siteNames: SITE.map((sel) => metaContent(doc, [sel])).filter((x): x is string => !!x).map((x) => x.replace(/^@/, '')),
  };
}

/** Every non-empty `content` of the first selector that has one. */
function metaAll(doc: DomDocument, selectors: readonly string[]): string[] {
  for (const sel of selectors) {
    const values = Array.from(doc.querySelectorAll(sel))
      .map((el) => (el.getAttribute('content') ?? '').trim())
      .filter((v) => v && usableAuthor(v));
    if (values.length) return [...new Set(values)];
  }
  return [];
}

/** Author tags sometimes hold a profile URL or a Twitter handle instead of a name. */
function usableAuthor(v: string): boolean {
  return !/^(?:https?:|www\.|@|mailto:)/i.test(v);
}
