import { phraseAt } from '../speaker-mention.js';
import type { Token } from '../tokens.js';
import type { Attribution } from './types.js';

/** 'according to X' anywhere in the quote's sentence, before or after it. */
export function accordingTo(before: Token[], after: Token[], text: string): Attribution | null {
  return find(after, text, false) ?? find(before, text, true);
}

function find(tokens: Token[], text: string, fromEnd: boolean): Attribution | null {
  for (let n = 0; n < tokens.length - 2; n++) {
    const k = fromEnd ? tokens.length - 3 - n : n;
    if (tokens[k].lower !== 'according' || tokens[k + 1].lower !== 'to') continue;
    const m = phraseAt(tokens, k + 2, text);
    if (m) return { mention: m, cue: 'according to', rule: 'according-to' };
  }
  return null;
}
