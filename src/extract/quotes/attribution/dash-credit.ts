import { mentionFromRun } from '../speaker-mention.js';
import type { Token } from '../tokens.js';
import { isNameToken } from '../speaker-mention.js';
import type { Attribution } from './types.js';

const DASHES = new Set(['―', '—', '–', '-', '~']);

/**
 * A credit line after the quote: '"... our greatest shame." ― Sonya Herridge',
 * '"..." — Clinton.' (also as a paragraph of its own after a quote-only
 * paragraph). The whole clause must be the dash and a name, perhaps with a
 * description after a comma ('— Josh Bivens, Economic Policy Institute').
 */
export function dashCredit(tokens: Token[], text: string): Attribution | null {
  let i = 0;
  while (i < tokens.length && tokens[i].punct && /^["'“”‘’]$/.test(tokens[i].text)) i++;
  if (i >= tokens.length || !DASHES.has(tokens[i].text) || !tokens[i + 1] || !isNameToken(tokens[i + 1])) return null;
  let b = i + 1;
  while (b + 1 < tokens.length && isNameToken(tokens[b + 1])) b++;
  const rest = tokens.slice(b + 1);
  if (rest.length > 0 && rest[0].text !== ',' && rest[0].text !== '.' && rest[0].text !== '(') return null;
  const m = mentionFromRun(tokens, i + 1, b, text);
  return m ? { mention: m, cue: null, rule: 'dash-credit' } : null;
}
