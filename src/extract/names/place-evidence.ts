import type { PlaceKind } from '../../types.js';
import type { Candidate } from './candidates.js';
import type { Token } from './tokens.js';

// Structure that says "place" whatever the gazetteer knows, because most towns, villages,
// venues and districts in the news are in no list: "the Kurdish city of Arbil", "the mining
// towns of Barentsburg and Pyramiden", "Huize county", "Stansted airport", "the Pamir
// mountains". Each test reads a few tokens on either side: constant work per candidate.

/** "the city of X", "the towns of X and Y", "20 km south of X": the noun says what X is. */
const NOUN_OF: ReadonlyMap<string, PlaceKind> = new Map([
  ...['city', 'cities', 'town', 'towns', 'village', 'villages', 'capital', 'port', 'suburb', 'suburbs', 'hamlet',
    'settlement', 'outskirts', 'townships', 'township', 'municipality'].map((w) => [w, 'city'] as const),
  ...['province', 'provinces', 'region', 'regions', 'district', 'districts', 'county', 'counties', 'state',
    'republic', 'prefecture', 'governorate', 'oblast', 'emirate', 'territory', 'enclave'].map((w) => [w, 'region'] as const),
  ...['island', 'islands', 'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest',
    'northwards', 'southwards', 'eastwards', 'westwards'].map((w) => [w, 'other'] as const),
]);

/** "Huize county", "Stansted airport", "Kosevo stadium", "the Pamir mountains": a lower-case noun after the name. */
const NOUN_AFTER: ReadonlyMap<string, PlaceKind> = new Map([
  ...['village', 'town', 'township', 'suburb', 'port', 'harbour', 'harbor'].map((w) => [w, 'city'] as const),
  ...['county', 'province', 'region', 'district', 'governorate', 'prefecture', 'municipality', 'oblast'].map((w) => [w, 'region'] as const),
  ...['airport', 'stadium', 'mosque', 'cathedral', 'prison', 'mountains', 'mountain', 'river', 'valley', 'island',
    'islands', 'peninsula', 'coast', 'desert', 'plateau', 'lake', 'gorge', 'pass', 'border', 'crossing'].map((w) => [w, 'other'] as const),
]);

/** The kind of place a noun before "of" makes of the candidate, or null. Walks back over "X, Y and" coordinations. */
export function placeNounBefore(c: Candidate): PlaceKind | null {
  const t = c.tokens;
  let k = c.i - 1;
  // "the towns of Barentsburg and Pyramiden": step back over earlier conjuncts — only in a
  // coordination ("and" before this one), not an apposition ("the city of Sevastopol, Dmitrii Ovsiannikov,").
  for (let n = 0; n < 3 && k > 0 && (t[k].text === 'and' || (t[k].text === ',' && t[c.j]?.text === 'and')); n++) {
    let m = k - 1;
    while (m >= 0 && t[m].word && t[m].cap) m--;
    if (m === k - 1) return null;
    k = m;
  }
  if (k < 1 || t[k].text !== 'of') return null;
  const noun = t[k - 1];
  return noun.word && !noun.cap ? NOUN_OF.get(noun.lower) ?? null : null;
}

/** The kind of place a lower-case noun right after the candidate makes of it, or null. */
export function placeNounAfter(c: Candidate): PlaceKind | null {
  const n = c.tokens[c.j];
  if (!n || !n.word || n.cap) return null;
  // "Qalandia refugee camp": a camp only with its modifier ("the Clinton camp" is a faction).
  if (n.lower === 'refugee' && c.tokens[c.j + 1]?.lower === 'camp') return 'other';
  return NOUN_AFTER.get(n.lower) ?? null;
}

/** The word after "in" / "near": with nothing else known, an unknown single word there is a place. */
export function afterIn(c: Candidate): boolean {
  const p = c.tokens[c.i - 1];
  if (!p || (p.text !== 'in' && p.text !== 'near')) return false;
  const n: Token | undefined = c.tokens[c.j];
  // "in Clinton's campaign", "in Yeltsin's absence": a possessive owner is not where.
  return !n || !(n.text === "'s" || n.text === '’s' || (n.word && n.cap));
}
