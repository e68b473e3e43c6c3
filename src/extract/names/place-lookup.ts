import { REGION_DESIGNATORS } from '../../lexicon/org-keywords.js';
import type { PlaceKind } from '../../types.js';
import type { Gazetteer, PlaceEntry } from './gazetteer.js';
import { isPlaceFirstWord, placeEntry } from './lex.js';
import type { Token } from './tokens.js';

/** A place a name resolves to: canonical name, kind, ISO country. */
export interface Place {
  name: string;
  kind: PlaceKind;
  country: string | null;
  entry: PlaceEntry | null;
}

/**
 * The place named by words [i, j), or null. "Sumy Oblast" → region "Sumy" (the
 * capitalised designator is in the span, not in the name); a name followed by a
 * lower-case designator ("the Donetsk region") is a region too.
 */
export function lookupPlace(g: Gazetteer, tokens: Token[], i: number, j: number, notCity = false): Place | null {
  // A multi-word key is built only where a multi-word place can start ("New", "South", "Sri").
  const e = j - i === 1 ? placeEntry(tokens[i], g) : isPlaceFirstWord(tokens[i], g) ? g.places.get(phrase(tokens, i, j)) : undefined;
  if (e && !(notCity && e.kind === 'city')) {
    if (e.kind === 'city' && designatorAfter(tokens, j)) return { name: written(tokens, i, j), kind: 'region', country: e.country, entry: e };
    return { name: e.name, kind: e.kind, country: e.country, entry: e };
  }
  if (j - i >= 2 && tokens[j - 1].cap && tokens[j - 1].word && REGION_DESIGNATORS.has(tokens[j - 1].lower)) {
    const inner = g.places.get(phrase(tokens, i, j - 1));
    return { name: written(tokens, i, j - 1), kind: 'region', country: inner?.country ?? null, entry: inner ?? null };
  }
  return null;
}

/** The lower-cased words [i, j) joined by single spaces, the gazetteer's key. */
export function phrase(tokens: Token[], i: number, j: number): string {
  let s = tokens[i].lower;
  for (let k = i + 1; k < j; k++) s += ' ' + tokens[k].lower;
  return s;
}

function written(tokens: Token[], i: number, j: number): string {
  return tokens.slice(i, j).map((t) => t.text).join(' ');
}

/**
 * A lower-case designator after the name makes it a region: "the Donetsk region",
 * and across a coordination, "the Sumy and Kharkiv regions" (for "Sumy").
 */
function designatorAfter(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (isDesignator(t)) return true;
  if (!(t.text === 'and' || t.text === ',')) return false;
  let k = j + 1;
  while (k < tokens.length && k < j + 4 && tokens[k].cap) k++;
  return k > j + 1 && k < tokens.length && isDesignator(tokens[k]) && tokens[k].lower.endsWith('s');
}

function isDesignator(t: Token): boolean {
  return t.word && !t.cap && t.lower !== 'state' && (REGION_DESIGNATORS.has(t.lower) || (t.lower.endsWith('s') && REGION_DESIGNATORS.has(t.lower.slice(0, -1))));
}
