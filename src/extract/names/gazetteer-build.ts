// Build time only: turns the raw name lists gathered by scripts/build-gazetteer.mjs
// into the gazetteer's tables (what each name means: which of two places of one
// name wins, which given names are also words), then packs them.
// scripts/pack-gazetteer.mjs runs this after `tsc`.
import { COUNTRY_ALIASES, WORLD_REGIONS } from '../../lexicon/world-regions.js';
import { pack, type Section } from './compact-table.js';
import { NO_POPULATION, packCountry, placeKey, SET_NAMES, WORD_BITS, WORD_PLACE_SHIFT, type PlaceEntry } from './gazetteer.js';

interface RawData {
  countries: [string, string, string][];
  regions: [string, string][];
  compromiseRegions: string[];
  compromiseCities: string[];
  cities: string;
  givenNames: string;
  moreGivenNames: string;
  surnames: string;
  famous: string;
  demonyms: string;
  nameParts: string;
  common: string;
}

const lines = (s: string): string[] => (s ? s.split('\n') : []);
const lowerSet = (s: string): Set<string> => new Set(lines(s).map((w) => w.toLowerCase()));

interface Built {
  places: Map<string, PlaceEntry>;
  sets: Record<(typeof SET_NAMES)[number], Set<string>>;
}

function build(raw: RawData): Built {
  const places = new Map<string, PlaceEntry>();
  const put = (key: string, e: PlaceEntry, force = false): void => {
    const k = placeKey(key);
    const old = places.get(k);
    // Countries beat regions beat cities for the same name ("Georgia", "Luxembourg").
    if (force || !old || rank(e) > rank(old)) places.set(k, e);
  };
  for (const line of lines(raw.cities)) {
    const [name, cc, pop, k, cap] = line.split('\t');
    put(name, { name, kind: 'city', country: cc, population: Number(pop), homonyms: Number(k), capital: cap === '1' });
  }
  for (const c of raw.compromiseCities) {
    if (!places.has(placeKey(c))) put(c, { name: titleCase(c), kind: 'city', country: null, population: 1e6, homonyms: 1 });
  }
  for (const [name, cc] of raw.regions) put(name, { name, kind: 'region', country: cc, population: Infinity, homonyms: 1 });
  for (const r of raw.compromiseRegions) {
    if (!places.has(placeKey(r))) put(r, { name: titleCase(r), kind: 'region', country: null, population: Infinity, homonyms: 1 });
  }
  for (const [name, code, canonical] of raw.countries) {
    put(name, { name: canonical, kind: 'country', country: code, population: Infinity, homonyms: 1 });
  }
  for (const [alias, code, canonical] of COUNTRY_ALIASES) {
    put(alias, { name: canonical, kind: 'country', country: code, population: Infinity, homonyms: 1 }, true);
  }
  for (const [name, kind, cc] of WORLD_REGIONS) put(name, { name, kind, country: cc, population: Infinity, homonyms: 1 }, true);
  // "N. Korea", "S. Africa", "S. Korean": headline abbreviations of a compass word.
  for (const [k, e] of [...places]) {
    const short = compassInitial(k);
    if (short && !places.has(short)) places.set(short, e);
  }
  const demonyms = lowerSet(raw.demonyms);
  for (const d of [...demonyms]) {
    const short = compassInitial(d);
    if (short) demonyms.add(short);
  }
  const placeFirstWords = new Set<string>();
  for (const k of places.keys()) {
    const sp = k.indexOf(' ');
    if (sp > 0) placeFirstWords.add(k.slice(0, sp));
  }
  const common = new Set(lines(raw.common));
  const givenNames = lowerSet(raw.givenNames);
  const wordGivenNames = new Set<string>();
  for (const n of lowerSet(raw.moreGivenNames)) {
    if (givenNames.has(n)) continue;
    givenNames.add(n);
    if (common.has(n)) wordGivenNames.add(n);
  }
  return {
    places,
    sets: {
      placeFirstWords,
      givenNames,
      wordGivenNames,
      surnames: lowerSet(raw.surnames),
      nameParts: lowerSet(raw.nameParts),
      famous: lowerSet(raw.famous),
      demonyms,
      common,
    },
  };
}

const COMPASS = /^(north|south|east|west) /;

function compassInitial(key: string): string | null {
  const m = COMPASS.exec(key);
  return m ? m[1][0] + key.slice(m[1].length) : null;
}

/** A city this big is named more often than a region of the same name ("Kyiv", "Beijing", "Washington"). */
const CITY_OVER_REGION = 300_000;

// A national capital beats a first-level region of the same name: bare "Washington" in news is
// the capital (and the government), not the state; "Mexico" stays the country.
function rank(e: PlaceEntry): number {
  if (e.kind === 'country') return 3;
  if (e.capital) return 2.5;
  if (e.kind === 'region') return 2;
  if (e.kind === 'other') return 1.5;
  return (e.population >= CITY_OVER_REGION ? 2.1 : 1) + Math.min(e.population, 1e8) / 1e9;
}

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

/** The packed gazetteer (dist/data/names.bin) from the raw lists (dist/data/names.json). */
export function packGazetteer(rawJson: string): Buffer {
  const { places, sets } = build(JSON.parse(rawJson) as RawData);
  // Many keys share one entry (aliases): pack each distinct entry once, as columns.
  const index = new Map<PlaceEntry, number>();
  const entries: PlaceEntry[] = [];
  const keys: string[] = [];
  const values: number[] = [];
  for (const [k, e] of places) {
    let i = index.get(e);
    if (i === undefined) {
      i = entries.length;
      index.set(e, i);
      entries.push(e);
    }
    keys.push(k);
    values.push(i);
  }
  const kinds = ['country', 'region', 'city', 'other'];
  const sections: Section[] = [
    { name: 'places', type: 'hash', keys, values },
    { name: 'entry.name', type: 'strings', items: entries.map((e) => e.name) },
    { name: 'entry.kind', type: 'u8', items: entries.map((e) => kinds.indexOf(e.kind)) },
    { name: 'entry.country', type: 'u16', items: entries.map((e) => packCountry(e.country)) },
    { name: 'entry.population', type: 'u32', items: entries.map((e) => (e.population === Infinity ? NO_POPULATION : Math.min(e.population, NO_POPULATION - 1))) },
    { name: 'entry.homonyms', type: 'u32', items: entries.map((e) => e.homonyms) },
    { name: 'entry.capital', type: 'u8', items: entries.map((e) => (e.capital ? 1 : 0)) },
    ...SET_NAMES.map((name): Section => ({ name, type: 'hash', keys: [...sets[name]] })),
    wordsSection(places, sets, index),
  ];
  return pack(sections);
}

/**
 * One table over every single word of every list: what the lists say of a word (bits) and
 * the place it names, so that a token is looked up once instead of once per list.
 */
function wordsSection(places: Map<string, PlaceEntry>, sets: Built['sets'], index: Map<PlaceEntry, number>): Section {
  const words = new Map<string, number>();
  const mark = (key: string, bits: number): void => {
    if (!key.includes(' ')) words.set(key, (words.get(key) ?? 0) | bits);
  };
  for (const [k, e] of places) mark(k, WORD_BITS.place | ((index.get(e)! + 1) * 2 ** WORD_PLACE_SHIFT));
  for (const name of Object.keys(WORD_BITS) as (keyof typeof WORD_BITS)[]) {
    if (name !== 'place' && name !== 'demonymFirstWords') for (const k of sets[name]) mark(k, WORD_BITS[name]);
  }
  for (const k of sets.demonyms) if (k.includes(' ')) mark(k.slice(0, k.indexOf(' ')), WORD_BITS.demonymFirstWords);
  return { name: 'words', type: 'hash', keys: [...words.keys()], values: [...words.values()] };
}
