// A page's title, authors and publication date, each taken from the most
// reliable source that states it: JSON-LD, then <meta> tags, then the byline and
// date the page shows (markup first, then plain "By ..." text), then
// Readability's own guesses, then the byline line cut from the article text.
import type { DomDocument } from '../dom.js';
import { parseAuthors, type Authors, type CleanOptions } from './authors.js';
import { markedBylines, textByline } from './bylines.js';
import { chooseDate, markedDates, urlDate, type MarkedDates } from './dates.js';
import { jsonLdArticle } from './jsonld.js';
import { tagMeta } from './tags.js';
import { bodyElements } from './scope.js';
import { chooseTitle } from './title.js';

/** Anchor marks ending a heading ("Headline ¶"); matched only from the start of their run, so a long run is read once. */
const TRAILING_ANCHORS = /(?<![\s¶#])[\s¶#]+$/u;

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
  /** The site's and publisher's names (og:site_name, application-name, JSON-LD publisher, the host). */
  siteNames: string[];
  /** The page's section names (article:section, JSON-LD articleSection). */
  sections: string[];
  /** Author names, each source's raw strings in order of trust. */
  authorSources: Array<{ raw: string[]; opts?: CleanOptions }>;
  /** Date strings in order of trust: JSON-LD, meta tags, then the page's markup. */
  dates: { stated: Array<string | null>; marked: MarkedDates };
  url: string | null;
  /** Visible top-level headings, anchors ("¶", "#") trimmed. */
  h1s: string[];
}

export function statedMeta(doc: DomDocument): StatedMeta {
  const h1s = bodyElements(doc)
    .filter((el) => el.tagName === 'H1')
    .slice(0, 3)
    .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').replace(TRAILING_ANCHORS, '').trim())
    .filter(Boolean);
  const ld = jsonLdArticle(doc, h1s);
  const tags = tagMeta(doc);
  const url = canonicalUrl(doc) ?? tags.ogUrl;
  const host = url ? /^[a-z]+:\/\/(?:www\.)?([^/:]+)/i.exec(url)?.[1].split('.').slice(0, -1).pop() : undefined;
  const siteNames = [...tags.siteNames, ...(ld?.publisher ? [ld.publisher] : []), ...(host && host.length > 3 ? [host] : [])];
  const text = textByline(doc);
  return {
    headline: ld?.headline ?? null,
    tagTitle: tags.title,
    docTitle: doc.title?.replace(/\s+/g, ' ').trim() || null,
    siteNames,
    sections: [...tags.sections, ...(ld?.sections ?? [])],
    authorSources: [
      { raw: [...(ld?.people ?? [])], opts: { typedPeople: true } },
      { raw: ld?.organisations ?? [], opts: { typedOrgs: true } },
      { raw: tags.authors, opts: { declared: true } },
      ...markedBylines(doc).map((b) => ({ raw: b.raw, opts: { declared: b.declared } })),
      ...(text ? [{ raw: [text], opts: { strict: true } }] : []),
    ],
    dates: { stated: [ld?.published ?? null, tags.published], marked: markedDates(doc) },
    url,
    h1s,
  };
}

export interface ReadabilityGuess {
  title?: string | null;
  byline?: string | null;
  publishedTime?: string | null;
}

/** `visible` is the byline or dateline read from the article text: the last source of all. */
export function pageMeta(stated: StatedMeta, guess: ReadabilityGuess | null, visible: { authors: string[]; published: string | null } | null = null): PageMeta {
  const sources: Authors[] = [
    ...stated.authorSources.map((s) => parseAuthors(s.raw, { ...s.opts, siteNames: stated.siteNames })),
    parseAuthors(guess?.byline ?? null, { siteNames: stated.siteNames }),
    { people: visible?.authors ?? [], orgs: [] },
  ];
  // People from the first source naming any; else the first organisation named ("Associated Press", the site itself).
  const authors = sources.find((a) => a.people.length)?.people ?? sources.find((a) => a.orgs.length)?.orgs.slice(0, 1) ?? [];
  const title = chooseTitle([stated.headline, stated.tagTitle, stated.docTitle, guess?.title ?? null], stated.h1s, [...stated.siteNames, ...stated.sections], authors);
  const { inArticle, others } = stated.dates.marked;
  const fromUrl = urlDate(stated.url);
  const published = chooseDate(
    [...stated.dates.stated, guess?.publishedTime ?? null, ...inArticle, visible?.published ?? null, fromUrl, ...others],
    [inArticle[0] ?? null, visible?.published ?? null, fromUrl],
  );
  return { title, authors, published, url: stated.url };
}

/** The page's own address, as it states it (never fetched); og:url is the fallback. */
function canonicalUrl(doc: DomDocument): string | null {
  const href = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')?.trim();
  return href && /^https?:\/\//i.test(href) ? href : null;
}
