// A saved web page to the article's text and metadata. Nothing on the page is
// executed or fetched: linkedom only parses, Readability only reads the tree.
import { Readability } from '@mozilla/readability';
import { withoutFurniture } from './clean.js';
import { parseDocument, type DomNode } from './dom.js';
import { fallbackText } from './fallback.js';
import { pageMeta, statedMeta, type PageMeta } from './meta/index.js';
import { toText } from './text.js';

export interface HtmlArticle {
  text: string;
  meta: PageMeta;
  warnings: string[];
}

/** Below this many letters, Readability's pick is judged too little and the fallback is tried. */
const TOO_LITTLE = 200;

export function htmlToArticle(html: string): HtmlArticle {
  const warnings: string[] = [];
  const doc = parseDocument(html);
  const stated = statedMeta(doc);
  let guess: ReturnType<Readability<DomNode>['parse']> = null;
  try {
    // The serializer hands back the element itself, so the text keeps its paragraphs.
    guess = new Readability<DomNode>(doc as never, { serializer: (el) => el as unknown as DomNode }).parse();
  } catch (err) {
    warnings.push(`Readability failed (${(err as Error).message}); using the page's main text`);
  }
  let text = guess?.content ? toText(guess.content) : '';
  if (letters(text) < TOO_LITTLE) {
    // Readability's pick of a short page often includes the header and menu it
    // failed to tell apart; the fallback removes them by element, so it wins
    // whenever it has any text at all.
    const fb = fallbackText(parseDocument(html));
    if (letters(fb.text) > 0) {
      if (!warnings.length) warnings.push(`Readability found little or no article text; text taken from the page's ${fb.source}`);
      text = fb.text;
    }
  }
  const cleaned = withoutFurniture(text);
  if (!cleaned.text) warnings.push('the page has no text');
  return { text: cleaned.text, meta: pageMeta(stated, guess, cleaned.byline), warnings };
}

function letters(s: string): number {
  let n = 0;
  for (const _ of s.matchAll(/\p{L}/gu)) n++;
  return n;
}
