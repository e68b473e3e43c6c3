// schema.org metadata in <script type="application/ld+json">: the most
// reliable source on news sites, because publishers fill it for search engines.
// The script is read as data (JSON.parse), never run.
import type { DomDocument } from '../dom.js';
import { decodeEntities } from './entities.js';

export interface JsonLdArticle {
  headline: string | null;
  /** Authors typed as persons (or untyped strings). */
  people: string[];
  /** Authors typed as organisations ("Associated Press"), used only when no person is named anywhere. */
  organisations: string[];
  published: string | null;
  /** The publisher's name: as an author it is the site, not a person. */
  publisher: string | null;
  /** articleSection ("Opinion", "Metro"): a title prefix or suffix, never the headline. */
  sections: string[];
}

/** schema.org types that describe one article (NewsArticle and its kin). */
const ARTICLE_TYPE = /^(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|Chapter|OpinionNewsArticle|AnalysisNewsArticle)$/;
const PAGE_TYPE = /^(?:WebPage|ItemPage|CollectionPage)$/;
const ORG_TYPE = /^(?:Organization|NewsMediaOrganization|Corporation|GovernmentOrganization|EducationalOrganization|NGO)$/;

type Json = Record<string, unknown>;

/**
 * The article the page's JSON-LD describes, or null. When several are
 * described (a story and its related stories), the one whose headline the
 * page's <h1> shows wins, else the first.
 */
export function jsonLdArticle(doc: DomDocument, h1s: readonly string[] = []): JsonLdArticle | null {
  const nodes: Json[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    let data: unknown;
    try {
      // Some CMSs wrap the JSON in CDATA or HTML comments, or leave raw newlines in strings.
      const src = (script.textContent ?? '').replace(/^\s*(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)|(?:-->|(?:\/\/\s*)?\]\]>)\s*$/g, '');
      data = parseLenient(src.replace(/[\n\r\t]+/g, ' '));
    } catch {
      continue;
    }
    collect(data, nodes, 0);
  }
  const byId = new Map<string, Json>();
  for (const n of nodes) if (typeof n['@id'] === 'string' && Object.keys(n).length > 1) byId.set(n['@id'] as string, n);
  const articles = nodes.filter((c) => typesOf(c).some((t) => ARTICLE_TYPE.test(t)));
  if (!articles.length) return null;
  const squashedH1 = h1s.map(squash);
  const article = articles.find((a) => squashedH1.includes(squash(text(a.headline) ?? ''))) ?? articles[0];
  const page = nodes.find((n) => typesOf(n).some((t) => PAGE_TYPE.test(t)));
  const people: string[] = [];
  const organisations: string[] = [];
  for (const ref of [...asArray(article.author), ...asArray(article.creator)]) {
    const a = resolve(ref, byId);
    if (typeof a === 'string') people.push(a);
    else if (a) {
      const name = personName(a);
      if (!name) continue;
      if (typesOf(a).some((t) => ORG_TYPE.test(t))) organisations.push(name);
      else people.push(name);
    }
  }
  const publisher = resolve(article.publisher ?? page?.publisher, byId);
  return {
    // `name` is not a fallback: Wikipedia's is "Wikimedia list article".
    headline: text(article.headline),
    people,
    organisations,
    published: date(article) ?? (page ? date(page) : null),
    publisher: typeof publisher === 'string' ? publisher : publisher ? text(publisher.name) : null,
    sections: asArray(article.articleSection).map(text).filter((x): x is string => x !== null),
  };
}

function date(n: Json): string | null {
  return text(n.datePublished) ?? text(n.dateCreated) ?? text(n.uploadDate) ?? text(n.coverageStartTime);
}

/** A person's name: `name`, else given + family name. */
function personName(a: Json): string | null {
  // `name` may list several people: ["Jane Doe", "John Smith"].
  const names = asArray(a.name).map(text).filter((x): x is string => x !== null);
  if (names.length) return names.join(', ');
  const given = text(a.givenName);
  const family = text(a.familyName);
  return given && family ? `${given} ${family}` : null;
}

/** `{"@id": "#/schema/person/1"}` points at a node elsewhere in the graph (Yoast, WordPress). */
function resolve(ref: unknown, byId: Map<string, Json>): Json | string | null {
  if (typeof ref === 'string') return ref.trim() ? ref.trim() : null;
  if (!ref || typeof ref !== 'object' || Array.isArray(ref)) return null;
  const obj = ref as Json;
  const id = obj['@id'];
  if (typeof id === 'string' && !('name' in obj) && byId.has(id)) return byId.get(id)!;
  return obj;
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
  for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'author', 'publisher']) {
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
  if (v && typeof v === 'object' && '@value' in (v as Json)) return text((v as Json)['@value']);
  return typeof v === 'string' && v.trim() ? decodeEntities(v).replace(/\s+/g, ' ').trim() : null;
}

/** JSON, or JSON with the trailing commas hand-written templates leave ('{"name":"Jane Doe",}'). */
function parseLenient(src: string): unknown {
  try {
    return JSON.parse(src);
  } catch (err) {
    const relaxed = src.replace(/,(?=\s*[}\]])/g, '');
    if (relaxed === src) throw err;
    return JSON.parse(relaxed);
  }
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
