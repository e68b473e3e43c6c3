import { ETHNONYMS } from '../../lexicon/ethnonyms.js';
import { hash } from './compact-table.js';
import { WORD_BITS, WORD_PLACE_SHIFT, type Gazetteer, type PlaceEntry } from './gazetteer.js';
import type { Token } from './tokens.js';

// What the gazetteer says about one word. Classifying a candidate asks the same few
// questions of the same word several times ("an everyday word?", "a place?", "a first
// name?"). One lookup in the gazetteer's `words` table answers them all; the answer is
// kept on the token. Each lookup in a large table costs a few cache misses, which is
// most of what a gazetteer question costs.

/** Set in `Token.lex` once the word has been looked up. */
const LOOKED_UP = 1 << 30;

function lex(t: Token, g: Gazetteer): number {
  if (t.lex === 0) t.lex = (g.words.getHashed(t.lower, hash(t.lower)) ?? 0) | LOOKED_UP;
  return t.lex;
}

const has = (t: Token, g: Gazetteer, bit: number): boolean => (lex(t, g) & bit) !== 0;

/** An everyday English word ("shares", "later"). */
export const isCommonWord = (t: Token, g: Gazetteer): boolean => has(t, g, WORD_BITS.common);
export const isPlaceName = (t: Token, g: Gazetteer): boolean => has(t, g, WORD_BITS.place);
export const isPlaceFirstWord = (t: Token, g: Gazetteer): boolean => has(t, g, WORD_BITS.placeFirstWords);
export const isGivenName = (t: Token, g: Gazetteer): boolean => has(t, g, WORD_BITS.givenNames);
export const isWordGivenName = (t: Token, g: Gazetteer): boolean => has(t, g, WORD_BITS.wordGivenNames);
export const isSurnameWord = (t: Token, g: Gazetteer): boolean => has(t, g, WORD_BITS.surnames);
export const isNamePartWord = (t: Token, g: Gazetteer): boolean => has(t, g, WORD_BITS.nameParts);
export const isDemonymWord = (t: Token, g: Gazetteer): boolean => has(t, g, WORD_BITS.demonyms);
/** The first word of a demonym of several words ("North" of "North Korean"). */
export const isDemonymFirstWord = (t: Token, g: Gazetteer): boolean => has(t, g, WORD_BITS.demonymFirstWords);

/** The place this one word names, if any. */
export function placeEntry(t: Token, g: Gazetteer): PlaceEntry | undefined {
  const i = (lex(t, g) & ~LOOKED_UP) >>> WORD_PLACE_SHIFT;
  return i === 0 ? undefined : g.placeAt(i - 1);
}

// Answers that need a second key, kept in `Token.memo`: two bits each (asked, yes).
const COMMON_SINGULAR = 1;
const ANY_DEMONYM = 4;

/** An everyday word once a final "s" is taken off ("analysts" → "analyst"); false for words without one. */
export function isCommonSingular(t: Token, g: Gazetteer): boolean {
  if (t.memo & COMMON_SINGULAR) return (t.memo & (COMMON_SINGULAR << 1)) !== 0;
  const yes = t.lower.endsWith('s') && g.common.has(t.lower.slice(0, -1));
  t.memo |= yes ? COMMON_SINGULAR * 3 : COMMON_SINGULAR;
  return yes;
}

/** `test(t.lower, g)` remembered on the token (isDemonym of classify.ts, which also reads phrases). */
export function isDemonymLike(t: Token, g: Gazetteer, test: (key: string, g: Gazetteer) => boolean): boolean {
  if (t.memo & ANY_DEMONYM) return (t.memo & (ANY_DEMONYM << 1)) !== 0;
  const yes = test(t.lower, g);
  t.memo |= yes ? ANY_DEMONYM * 3 : ANY_DEMONYM;
  return yes;
}

/** An ethnonym or faith ("Kurds", "Sunni"): a closed list. */
export function isEthnonymWord(t: Token): boolean {
  return ETHNONYMS.has(t.lower);
}
