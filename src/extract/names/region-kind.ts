import type { Mention } from './classify.js';

/**
 * One sense per discourse for a place's kind: where a document names "the Kursk region" or
 * "Kursk Oblast", a bare "Kursk" is the region too, though the gazetteer prefers the
 * city of that name. Also "Donetsk, a heavily contested region": the apposition says so.
 */
export function regionsByDocument(mentions: Mention[]): void {
  const regions = new Set<string>();
  for (const m of mentions) {
    if (m.label === 'LOC' && m.place?.kind === 'region' && m.place.entry?.kind === 'city') regions.add(m.place.entry.name);
    else if (m.label === 'LOC' && m.place?.kind === 'city' && m.place.entry && appositionRegion(m)) regions.add(m.place.entry.name);
  }
  if (regions.size === 0) return;
  for (const m of mentions) {
    const e = m.place?.entry;
    // A national capital named bare is the city ("Kyiv" beside "the Kyiv region").
    if (m.label === 'LOC' && e && !e.capital && m.place!.kind === 'city' && regions.has(e.name)) m.place = { ...m.place!, kind: 'region', name: e.name };
  }
}

/** "X, a heavily contested region", "X, the region where": the apposition names the kind. */
function appositionRegion(m: Mention): boolean {
  const t = m.cand.tokens;
  const j = m.cand.j;
  if (t[j]?.text !== ',' || !(t[j + 1]?.lower === 'a' || t[j + 1]?.lower === 'the' || t[j + 1]?.lower === 'an')) return false;
  for (let k = j + 2; k < t.length && k < j + 6; k++) {
    if (!t[k].word) return false;
    if (t[k].lower === 'region' || t[k].lower === 'province' || t[k].lower === 'oblast') return true;
  }
  return false;
}
