// The HTML loader's entry point. It is imported lazily (only when an HTML input
// is seen), so linkedom and Readability cost nothing on a run over .txt files.
import type { Doc, DocFormat } from '../../types.js';
import { htmlToArticle } from './extract.js';

export interface HtmlDoc {
  doc: Doc;
  warnings: string[];
}

/** A page to a Doc: `text` is the article text, `meta` what the page states. */
export function htmlToDoc(html: string, id: string, path: string | null, format: DocFormat = 'html'): HtmlDoc {
  const { text, meta, warnings } = htmlToArticle(html);
  return { doc: { id, path, format, text, meta }, warnings };
}

export { htmlToArticle } from './extract.js';
