import type { QuoteContext } from './clauses.js';
import { isCue } from './attribution/cues.js';

/**
 * Direct speech stands on its own: it opens the sentence or paragraph, follows
 * a colon, or follows a comma or a verb of its reporting clause ('X said, "We
 * will..."'). A quote that continues the words of the sentence ('called the
 * claims "groundless"', 'said that "..."', 'a "firm and principled response"')
 * is partial.
 */
export function quoteKind(c: QuoteContext, text: string): 'direct' | 'partial' {
  const b = c.before;
  if (b.length === 0) return 'direct';
  const last = b[b.length - 1];
  if (last.text === ':') return 'direct';
  const capital = /^[\p{Lu}\d[(…]/u.test(text.slice(c.q.start, c.q.start + 1));
  if (last.text === ',' || last.text === '—' || last.text === '–') {
    // 'X said, "We ..."' or a split quote's second half; not a list ('"crooked," "lyin’,"').
    for (let k = b.length - 2; k >= 0 && b.length - k <= 8; k--) if (isCue(b[k])) return 'direct';
    return capital && c.beforeFromSentenceStart === false ? 'direct' : capital ? 'direct' : 'partial';
  }
  if (isCue(last)) return capital ? 'direct' : 'partial';
  return 'partial';
}
