import type { Token } from '../tokens.js';
import { afterQuote } from './after-quote.js';
import type { Attribution } from './types.js';

/**
 * A reporting clause closing the sentence after more words: 'So are a "small
 * handful" of companies who usually sponsor the event, Gilbert said.' Tried
 * after each comma, last first.
 */
export function tailClause(tokens: Token[], text: string): Attribution | null {
  for (let k = tokens.length - 2; k >= 0; k--) {
    if (tokens[k].text !== ',' && tokens[k].text !== '—') continue;
    const a = afterQuote(tokens, text, k + 1, 'tail');
    if (a) return a;
  }
  return null;
}
