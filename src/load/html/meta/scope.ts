// Where on the page an element sits. A byline or date next to the article's
// headline belongs to the article; the same markup in a "Most read" box, a
// headlines bar or a related-stories card belongs to another story.
import type { DomDocument, DomElement, DomNode } from '../dom.js';

/** Containers of other articles' bylines and of comments: a byline there is not this article's. */
const ELSEWHERE_TAG = /^(?:ASIDE|NAV|FOOTER|FORM)$/;
const ELSEWHERE_CLASS = /related|recommend|sidebar|comment|more-?stories|promo|newsletter|popular|trending|widget|teaser|card-list|most-read|read-next|also-read|up-next|footer|signup|you-?missed/i;

export function elsewhere(el: DomElement): boolean {
  let node: DomElement | null = el;
  for (let depth = 0; node && depth < 12; depth++, node = parentElement(node)) {
    if (ELSEWHERE_TAG.test(node.tagName)) return true;
    if (ELSEWHERE_CLASS.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

export function parentElement(el: DomElement): DomElement | null {
  const p = el.parentNode as DomElement | null;
  return p && p.nodeType === 1 ? p : null;
}

/**
 * The elements that hold the article: `<article>`, `<main>`, the article body
 * in microdata, and the block around the first <h1> (three levels up: the
 * headline's header and the byline beside it).
 */
export function articleScopes(doc: DomDocument): DomElement[] {
  let cached = scopeCache.get(doc);
  if (!cached) scopeCache.set(doc, (cached = findScopes(doc)));
  return cached;
}

const scopeCache = new WeakMap<DomDocument, DomElement[]>();
const elementCache = new WeakMap<DomDocument, DomElement[]>();

/** Every element of the page's body, in order, listed once per page: the byline and date finders filter it in JS. */
export function bodyElements(doc: DomDocument): DomElement[] {
  let cached = elementCache.get(doc);
  if (!cached) elementCache.set(doc, (cached = doc.body ? Array.from(doc.body.querySelectorAll('*')) : []));
  return cached;
}

function findScopes(doc: DomDocument): DomElement[] {
  const elements = bodyElements(doc);
  const scopes = elements.filter(
    (el) => (/^(?:ARTICLE|MAIN)$/.test(el.tagName) || el.getAttribute('role') === 'main' || hasToken(el, 'itemprop', 'articlebody')) && !elsewhere(el),
  );
  const h1 = elements.find((el) => el.tagName === 'H1');
  if (h1 && !elsewhere(h1)) {
    let block = h1;
    for (let i = 0; i < 3; i++) {
      const up = parentElement(block);
      if (!up || up.tagName === 'BODY' || up.tagName === 'HTML') break;
      block = up;
    }
    scopes.push(block);
  }
  return scopes;
}

/** `attr` lists `token` among its space-separated values (case-insensitive), like the selector `[attr~=token i]`. */
export function hasToken(el: DomElement, attr: string, token: string): boolean {
  const v = el.getAttribute(attr);
  return v !== null && v.toLowerCase().split(/\s+/).includes(token);
}

/** The elements in the article first, then the others, each group in page order. */
export function articleFirst(els: readonly DomElement[], scopes: readonly DomElement[]): DomElement[] {
  const inside = els.filter((el) => inScope(el, scopes));
  const set = new Set(inside);
  return [...inside, ...els.filter((el) => !set.has(el))];
}

/** True when `el` is one of `scopes` or inside one (a walk up its ancestors: linear in depth, not in page size). */
export function inScope(el: DomElement, scopes: readonly DomElement[]): boolean {
  for (let node: DomElement | null = el; node; node = parentElement(node)) if (scopes.includes(node)) return true;
  return false;
}

/**
 * The element's text when it has at most `max` characters, else null; stops
 * reading as soon as the limit is passed, so a page-sized container costs
 * little (a byline or a date line is short).
 */
export function shortText(el: DomNode, max: number): string | null {
  let out = '';
  const stack: DomNode[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      out += node.textContent ?? '';
      if (out.length > max * 2 && out.replace(/\s+/g, ' ').trim().length > max) return null;
      continue;
    }
    if (node.nodeType !== 1 || /^(?:SCRIPT|STYLE|NOSCRIPT)$/.test(node.nodeName)) continue;
    const kids: DomNode[] = [];
    for (let c = node.firstChild; c; c = c.nextSibling) kids.push(c);
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  const t = out.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : null;
}
