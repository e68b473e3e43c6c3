// The few DOM shapes the HTML loader touches. The project compiles without the
// DOM library (it is a Node tool), so linkedom's nodes are typed here by hand.
import { parseHTML } from 'linkedom';

export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  parentNode: DomNode | null;
  childNodes: ArrayLike<DomNode>;
  /** Cheaper than `childNodes[0]`: linkedom builds the childNodes list on each access. */
  firstChild: DomNode | null;
  nextSibling: DomNode | null;
}

export interface DomElement extends DomNode {
  tagName: string;
  children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  contains(other: DomNode): boolean;
  remove(): void;
}

export interface DomDocument extends DomNode {
  documentElement: DomElement | null;
  body: DomElement | null;
  title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * Parses a page without running it: linkedom has no script engine and never
 * fetches a resource, so `<script>`, `<img src>` and `<iframe>` stay inert text.
 */
export function parseDocument(html: string): DomDocument {
  return (parseHTML(withSkeleton(html)) as unknown as { document: DomDocument }).document;
}

const HEAD_ONLY = /<(?!\/?(?:html|head|title|meta|link|style|script|base|noscript)\b|!)[a-z]/i;

/**
 * linkedom builds the tree as written and does not invent the `<html>`, `<head>`
 * and `<body>` a browser would (a fragment's first tag becomes the root and
 * `document.body` stays empty), so the missing ones are added around the markup.
 */
export function withSkeleton(html: string): string {
  let s = /<html[\s>]/i.test(html) ? html : `<html>${html}</html>`;
  // The first "<html" and the first ">" after it (what /<html[^>]*>/i finds, without trying again
  // from every later "<html" when none closes); an "<html" never closed gets a skeleton of its own.
  let open = s.search(/<html/i);
  let close = s.indexOf('>', open + 5);
  if (close < 0) {
    s = `<html>${html}</html>`;
    [open, close] = [0, 5];
  }
  const afterHtml = close + 1;
  if (!/<body[\s>]/i.test(s)) {
    const first = HEAD_ONLY.exec(s.slice(afterHtml));
    const at = first ? afterHtml + first.index : s.search(/<\/html>/i);
    const close = s.search(/<\/html>\s*$/i);
    s = close >= at ? `${s.slice(0, at)}<body>${s.slice(at, close)}</body>${s.slice(close)}` : `${s.slice(0, at)}<body>${s.slice(at)}</body>`;
  }
  if (!/<head[\s>]/i.test(s)) {
    const body = s.search(/<body[\s>]/i);
    s = `${s.slice(0, afterHtml)}<head>${s.slice(afterHtml, body)}</head>${s.slice(body)}`;
  }
  return s;
}

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}
