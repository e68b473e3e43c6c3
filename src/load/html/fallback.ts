// When Readability finds no article (or too little), the page still has text:
// take the page's main region, else its body without the page chrome.
import type { DomDocument, DomElement } from './dom.js';
import { toText } from './text.js';

/** Page chrome: navigation, banners, sidebars, footers, forms and scripts. */
const CHROME =
  'nav, header, footer, aside, script, style, noscript, template, form, iframe, svg, button, ' +
  '[role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"], [role="search"], [aria-hidden="true"], [hidden]';

export interface Fallback {
  text: string;
  /** Which element the text came from, for the warning. */
  source: string;
}

/** Text of `<main>`, else the longest `<article>`, else `<body>` minus chrome. */
export function fallbackText(doc: DomDocument): Fallback {
  for (const el of Array.from(doc.querySelectorAll('script, style, noscript, template'))) el.remove();
  const main = doc.querySelector('main, [role="main"]');
  if (main) {
    const text = withoutChrome(main);
    if (text) return { text, source: '<main>' };
  }
  const articles = Array.from(doc.querySelectorAll('article'))
    .map((el) => withoutChrome(el))
    .sort((a, b) => b.length - a.length);
  if (articles[0]) return { text: articles[0], source: '<article>' };
  const body = doc.body ?? doc.documentElement;
  return { text: body ? withoutChrome(body) : '', source: '<body>' };
}

function withoutChrome(root: DomElement): string {
  for (const el of Array.from(root.querySelectorAll(CHROME))) el.remove();
  return toText(root);
}
