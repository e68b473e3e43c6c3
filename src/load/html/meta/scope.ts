// Where on the page an element sits. A byline or date next to the article's
// headline belongs to the article; the same markup in a "Most read" box, a
// headlines bar or a related-stories card belongs to another story.
import type { DomDocument, DomElement } from '../dom.js';

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
  const scopes = Array.from(doc.querySelectorAll('article, main, [role="main"], [itemprop~="articleBody"]')).filter((el) => !elsewhere(el));
  const h1 = doc.querySelector('h1');
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
