// A page's title, authors and publication date, taken from the most reliable
// source that states each: JSON-LD, then OpenGraph and other <meta> tags, then
// <time datetime>, then Readability's own guesses, then the visible byline.
import { parseDateText } from '../../../furniture/dateline.js';
import type { DomDocument } from '../dom.js';
import { cleanAuthors } from './authors.js';
import { jsonLdArticle } from './jsonld.js';
import { bylineElement, tagMeta } from './tags.js';
import { chooseTitle } from './title.js';

export interface PageMeta {
  title: string | null;
  authors: string[];
  published: string | null;
  url: string | null;
}

/** What the page states, read before Readability rewrites the document. */
export interface StatedMeta {
  headline: string | null;
  tagTitle: string | null;
  docTitle: string | null;
  siteName: string | null;
  authors: string[];
  organisations: string[];
  metaAuthor: string | null;
  byline: string | null;
  published: string | null;
  metaPublished: string | null;
  url: string | null;
  /** Visible top-level headings, anchors ("¶", "#") trimmed. */
  h1s: string[];
}

export function statedMeta(doc: DomDocument): StatedMeta {
  const ld = jsonLdArticle(doc);
  const tags = tagMeta(doc);
  return {
    headline: ld?.headline ?? null,
    tagTitle: tags.title,
    docTitle: doc.title?.trim() || null,
    siteName: tags.siteName,
    authors: ld?.authors ?? [],
    organisations: ld?.organisations ?? [],
    metaAuthor: tags.author,
    byline: bylineElement(doc),
    published: ld?.published ?? null,
    metaPublished: tags.published,
    url: canonicalUrl(doc),
    h1s: Array.from(doc.querySelectorAll('h1'))
      .slice(0, 3)
      .map((h) => (h.textContent ?? '').replace(/[\s¶#]+$/u, '').trim())
      .filter(Boolean),
  };
}

export interface ReadabilityGuess {
  title?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
}

/** `visible` is the byline or dateline read from the article text: the last source of all. */
export function pageMeta(stated: StatedMeta, guess: ReadabilityGuess | null, visible: { authors: string[]; published: string | null } | null = null): PageMeta {
  const site = stated.siteName;
  const authors = firstNonEmpty([
    () => cleanAuthors(stated.authors, site),
    () => cleanAuthors(stated.metaAuthor, site),
    () => cleanAuthors(guess?.byline ?? null, site),
    () => cleanAuthors(stated.byline, site),
    () => visible?.authors ?? [],
    () => cleanAuthors(stated.organisations),
    // Last, the publisher named as author ("BBC News"): better than no byline.
    () => cleanAuthors(stated.metaAuthor),
  ]);
  const title = chooseTitle([stated.headline, stated.tagTitle, stated.docTitle, guess?.title ?? null], stated.h1s, stated.siteName, authors);
  const published =
    [stated.published, stated.metaPublished, guess?.publishedTime ?? null, visible?.published ?? null]
      .map((d) => (d ? parseDateText(d) : null))
      .find((d) => d !== null) ?? null;
  return { title, authors, published, url: stated.url };
}

function firstNonEmpty(sources: Array<() => string[]>): string[] {
  for (const s of sources) {
    const v = s();
    if (v.length) return v;
  }
  return [];
}

/** The page's own address, as it states it (never fetched). */
function canonicalUrl(doc: DomDocument): string | null {
  const href = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim();
  if (href && /^https?:\/\//i.test(href)) return href;
  return doc.querySelector('meta[property~="og:url"]')?.getAttribute('content')?.trim() || null;
}
