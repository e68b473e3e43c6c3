// Metadata a page states in <meta> tags: Dublin Core, OpenGraph, Twitter,
// Parse.ly, Sailthru and the plain names. Each list is in order of trust: the
// tag whose meaning is most specific comes first.
import type { DomDocument } from '../dom.js';
import { decodeEntities } from './entities.js';

// Dublin Core first (the property form before the name form), then OpenGraph,
// Twitter, Parse.ly: Readability's order, so that a page stating several agrees with it.
// Keys are "attribute=token", lower-cased; a tag whose attribute lists several
// tokens ("og:title twitter:title") answers to each.
const TITLE = [
  'property=dc:title', 'name=dc.title', 'name=dcterm:title', 'property=og:title', 'name=og:title', 'name=twitter:title', 'property=twitter:title',
  'name=parsely-title', 'name=sailthru.title', 'name=title',
];

/** Author tags, most specific first; every tag of the first kind present is read ("DC.Creator" once per author). */
const AUTHOR = [
  'property=dc:creator', 'name=dc.creator', 'name=dcterm:creator', 'name=author', 'property=author', 'name=article:author', 'property=article:author',
  'property=og:article:author', 'name=parsely-author', 'name=sailthru.author', 'name=byl', 'name=citation_author', 'name=twitter:creator',
];

const PUBLISHED = [
  'property=article:published_time', 'name=article:published_time', 'property=og:published_time', 'property=og:article:published_time',
  'itemprop=datepublished', 'name=parsely-pub-date', 'name=pubdate', 'name=publishdate', 'name=publish-date', 'name=publish_date',
  'name=sailthru.date', 'name=date', 'name=dc.date.issued', 'name=dc.date', 'name=dcterms.created', 'name=dcterms.date', 'property=dc:date',
  'name=citation_publication_date', 'name=citation_date', 'property=og:pubdate', 'name=original-publish-date',
];

const SITE = ['property=og:site_name', 'name=application-name', 'name=apple-mobile-web-app-title', 'name=twitter:site'];

export interface TagMeta {
  title: string | null;
  /** Every value of the first author tag the page has, URLs and handles left out. */
  authors: string[];
  published: string | null;
  siteNames: string[];
  /** The page's own address from og:url, when stated. */
  ogUrl: string | null;
  /** The section the page says it is in (article:section): a title prefix or suffix, never the headline. */
  sections: string[];
}

/** Every <meta> tag read once into "attribute=token" -> contents, in page order (one pass, not one per selector). */
function metaIndex(doc: DomDocument): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    // A reference still there after the parser decoded the attribute was escaped twice.
    const content = decodeEntities(el.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim();
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      for (const token of (el.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (!token) continue;
        const key = `${attr}=${token}`;
        const list = index.get(key);
        if (list) list.push(content);
        else index.set(key, [content]);
      }
    }
  }
  return index;
}

export function tagMeta(doc: DomDocument): TagMeta {
  const index = metaIndex(doc);
  const first = (keys: readonly string[]) => keys.map((k) => index.get(k)?.[0]).find((v) => v !== undefined) ?? null;
  const authorValues = AUTHOR.map((k) => (index.get(k) ?? []).filter(usableAuthor)).find((v) => v.length) ?? [];
  return {
    title: first(TITLE),
    authors: [...new Set(authorValues)],
    published: first(PUBLISHED),
    siteNames: SITE.map((k) => index.get(k)?.[0]).filter((x): x is string => !!x).map((x) => x.replace(/^@/, '')),
    ogUrl: first(['property=og:url', 'name=og:url']),
    sections: [...(index.get('property=article:section') ?? []), ...(index.get('name=article:section') ?? [])],
  };
}

/** Author tags sometimes hold a profile URL or a Twitter handle instead of a name. */
function usableAuthor(v: string): boolean {
  return !/^(?:https?:|www\.|@|mailto:)/i.test(v);
}
