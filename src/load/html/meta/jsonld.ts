// schema.org metadata in <script type="application/ld+json">: the most
// reliable source on news sites, because publishers fill it for search engines.
// The script is read as data (JSON.parse), never run.
import type { DomDocument } from '../dom.js';

export interface JsonLdArticle {
  headline: string | null;
  authors: string[];
  /** Names of authors typed as organisations, used only when no person is named anywhere. */
  organisations: string[];
  published: string | null;
}

/** schema.org types that describe one article (NewsArticle and its kin). */
const ARTICLE_TYPE = /^(?:\w+NewsArticle|NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|Chapter)$/;

type Json = Record<string, unknown>;

/** The first article described by the page's JSON-LD, or null. */
export function jsonLdArticle(doc: DomDocument): JsonLdArticle | null {
  const candidates: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    let data: unknown;
    try {
      // Some CMSs wrap the JSON in CDATA or HTML comments.
      data = JSON.parse((script.textContent ?? '').replace(/^\s*(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)|(?:-->|(?:\/\/\s*)?\]\]>)\s*$/g, ''));
    } catch {
      continue;
    }
    collect(data, candidates, 0);
  }
  const article = candidates.find((c) => typesOf(c).some((t) => ARTICLE_TYPE.test(t)));
  if (!article) return null;
  const people: string[] = [];
  const organisations: string[] = [];
  for (const a of asArray(article.author ?? article.creator)) {
    if (typeof a === 'string') people.push(a);
    else if (a && typeof a === 'object') {
      const name = text((a as Json).name);
      if (!name) continue;
      if (typesOf(a as Json).includes('Organization')) organisations.push(name);
      else people.push(name);
    }
  }
  return {
    // `name` is not a fallback: Wikipedia's is "Wikimedia list article".
    headline: text(article.headline),
    authors: people,
    organisations,
    published: text(article.datePublished) ?? text(article.dateCreated) ?? text(article.uploadDate),
  };
}

/** Every object in the JSON, walking @graph, arrays and mainEntity(OfPage). */
function collect(node: unknown, out: Json[], depth: number): void {
  if (depth > 4 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) collect(n, out, depth + 1);
    return;
  }
  const obj = node as Json;
  out.push(obj);
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
    if (key in obj) collect(obj[key], out, depth + 1);
  }
}

function typesOf(obj: Json): string[] {
  return asArray(obj['@type']).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:]/, ''));
}

function asArray(v: unknown): unknown[] {
  return v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];
}

function text(v: unknown): string | null {
  if (Array.isArray(v)) return text(v[0]);
  return typeof v === 'string' && v.trim() ? v.trim() : null;
}
