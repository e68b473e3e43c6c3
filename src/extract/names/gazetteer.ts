import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { COUNTRY_ALIASES, WORLD_REGIONS } from '../../lexicon/world-regions.js';
import type { PlaceKind } from '../../types.js';

// The gazetteer is generated from npm data packages by scripts/build-gazetteer.mjs
// into dist/data/names.json (see docs/people-places.md). It is read lazily, once,
// the first time people or places are asked for, so a CLI run that wants only
// numbers never pays for it.

export interface PlaceEntry {
  name: string;
  kind: PlaceKind;
  country: string | null;
  /** Population for cities (0 when unknown); Infinity for countries and regions. */
  population: number;
  /** How many places share this name in GeoNames: a town name used 30 times is usually a surname. */
  homonyms: number;
  /** A national capital (GeoNames PPLC). */
  capital?: boolean;
}

export interface Gazetteer {
  /** Lower-cased place name → entry. */
  places: Map<string, PlaceEntry>;
  /** First words of the multi-word place names: a longer lookup is worth trying only after one. */
  placeFirstWords: Set<string>;
  /** Lower-cased given names. */
  givenNames: Set<string>;
  /**
   * Given names of the long list that are also everyday words ("will", "major", "red", "crystal"):
   * a person only before a surname-like word.
   */
  wordGivenNames: Set<string>;
  /** Lower-cased surnames. */
  surnames: Set<string>;
  /** Lower-cased parts of people's names (first or last). */
  nameParts: Set<string>;
  /** Lower-cased full names of famous people. */
  famous: Set<string>;
  /** Lower-cased demonyms ("ukrainian", "north korean"). */
  demonyms: Set<string>;
  /** Everyday English words, lower case (SCOWL levels 10–50). */
  common: Set<string>;
}

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

let cached: Gazetteer | null = null;

/** The gazetteer, loaded on first use. */
export function gazetteer(): Gazetteer {
  if (!cached) cached = build(readRaw());
  return cached;
}

function readRaw(): RawData {
  const file = dataFile();
  return JSON.parse(readFileSync(file, 'utf8')) as RawData;
}

/** dist/data/names.json, found from dist/extract/names/ (built) or src/extract/names/ (tsx, tests). */
function dataFile(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'dist', 'data', 'names.json');
    if (existsSync(candidate)) return candidate;
    const sibling = path.join(dir, 'data', 'names.json');
    if (existsSync(sibling)) return sibling;
    dir = path.dirname(dir);
  }
  throw new Error('newsmine: the names gazetteer (dist/data/names.json) is missing; run `npm run build` to generate it.');
}

const lines = (s: string): string[] => (s ? s.split('\n') : []);
const lowerSet = (s: string): Set<string> => new Set(lines(s).map((w) => w.toLowerCase()));

function build(raw: RawData): Gazetteer {
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
    placeFirstWords,
    givenNames,
    wordGivenNames,
    surnames: lowerSet(raw.surnames),
    nameParts: lowerSet(raw.nameParts),
    famous: lowerSet(raw.famous),
    demonyms,
    common,
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

/** The lookup key of a place name: lower case, without word-final full stops ("St. Louis" → "st louis"). */
export function placeKey(name: string): string {
  return name.toLowerCase().replace(/\.(?=\s|$)/g, '');
}
