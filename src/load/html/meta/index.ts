// A page's title, authors and publication date, taken from the most reliable
// source that states each: JSON-LD, then OpenGraph and other <meta> tags, then
// <time datetime>, then Readability's own guesses, then the visible byline.
import { parseDateText } from '../../../furniture/dateline.js';
import type { DomDocument } from '../dom.js';
import { cleanAuthors } from './authors.js';
import { jsonLdArticle } from './jsonld.js';
import { bylineElement, tagMeta } from './tags.js';
import { cleanTitle } from './title.js';

export interface PageMeta {
  title: string | null;
  authors: string[];
  published: string | null;
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
  };
}

export interface ReadabilityGuess {
  title?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
}

export function pageMeta(stated: StatedMeta, guess: ReadabilityGuess | null): PageMeta {
  const authors = firstNonEmpty([
    () => cleanAuthors(stated.authors),
    () => cleanAuthors(stated.metaAuthor),
    () => cleanAuthors(guess?.byline ?? null),
    () => cleanAuthors(stated.byline),
    () => cleanAuthors(stated.organisations),
  ]);
  const rawTitle = stated.headline ?? stated.tagTitle ?? guess?.title ?? stated.docTitle;
  const published =
    [stated.published, stated.metaPublished, guess?.publishedTime ?? null]
      .map((d) => (d ? parseDateText(d) : null))
      .find((d) => d !== null) ?? null;
  return { title: cleanTitle(rawTitle ?? null, stated.siteName, authors), authors, published };
}

function firstNonEmpty(sources: Array<() => string[]>): string[] {
  for (const s of sources) {
    const v = s();
    if (v.length) return v;
  }
  return [];
}
