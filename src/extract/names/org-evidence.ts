import type { Candidate } from './candidates.js';

// One-word organisations look like surnames ("Pirelli", "Interfax", "Tanjug"); the words
// around them say otherwise: a lower-case organisation noun in apposition before the
// name ("cables giant Pirelli", "the news agency Tanjug", "serie A club Atalanta") or
// after it ("Interfax news agency", "Pirelli shares"). People are never "shares".

/** Lower-case nouns that, right before a name, say it is an organisation. */
const ORG_NOUNS_BEFORE = new Set([
  'group', 'giant', 'firm', 'company', 'maker', 'manufacturer', 'carrier', 'airline', 'agency', 'bank', 'insurer',
  'newspaper', 'daily', 'weekly', 'magazine', 'broadcaster', 'club', 'retailer', 'conglomerate', 'producer',
  'operator', 'utility', 'subsidiary', 'brokerage', 'distributor', 'supplier', 'automaker', 'carmaker',
  'chipmaker', 'publisher', 'exporter', 'importer', 'refiner', 'miner', 'lender', 'chain', 'concern', 'outfit',
]);

/** Lower-case nouns that, right after a name, say it is an organisation. */
const ORG_NOUNS_AFTER = new Set([
  'shares', 'stock', 'shareholders', 'newspaper', 'daily', 'weekly', 'agency', 'subsidiary', 'unit', 'plant',
  'plants', 'factory', 'factories', 'headquarters', 'stake', 'takeover', 'bid', 'profits', 'earnings',
]);

export function orgNounAround(c: Candidate): boolean {
  const p = c.tokens[c.i - 1];
  if (p && p.word && !p.cap && ORG_NOUNS_BEFORE.has(p.lower)) return true;
  const n = c.tokens[c.j];
  // "Interfax news agency", "Xinhua news agency".
  if (n && n.lower === 'news' && c.tokens[c.j + 1]?.lower === 'agency') return true;
  return !!n && n.word && !n.cap && ORG_NOUNS_AFTER.has(n.lower);
}
