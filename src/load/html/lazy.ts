// The HTML loader is imported on first use only: linkedom and Readability take
// a noticeable share of a cold start, and most runs read text files.
import type { Doc } from '../../types.js';

type HtmlModule = typeof import('./index.js');
let loading: Promise<HtmlModule> | null = null;

export function htmlModule(): Promise<HtmlModule> {
  return (loading ??= import('./index.js'));
}

/** Converts a record's HTML to a Doc; warnings go to `warnings` for the caller to report. */
export type HtmlConverter = (html: string, id: string, path: string) => Doc;

export async function htmlConverter(warnings: string[]): Promise<HtmlConverter> {
  const { htmlToDoc } = await htmlModule();
  return (html, id, path) => {
    const out = htmlToDoc(html, id, path);
    warnings.push(...out.warnings);
    return out.doc;
  };
}
