import { closeSync, existsSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlaceKind } from '../../types.js';
import { PackedHash, PackedStrings, unpack, type Lookup, type Unpacked } from './compact-table.js';

// The gazetteer is generated from npm data packages at build time:
// scripts/build-gazetteer.mjs gathers the names (dist/data/names.json),
// gazetteer-build.ts decides what each name means, and scripts/pack-gazetteer.mjs
// packs the result into dist/data/names.bin (see docs/people-places.md). It is
// read lazily, once, the first time people or places are asked for, so a run
// that wants only numbers never pays for it; packed, it costs each worker
// thread a few MB rather than ~100 MB of Maps and Sets.

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

/** Only membership is asked of the name lists; `hasHashed` takes the key's hash (compact-table.ts `hash`). */
export type NameSet = Pick<Lookup<unknown>, 'has' | 'size'> & { hasHashed(key: string, h: number): boolean };

export interface Gazetteer {
  /** Lower-cased place name → entry. */
  places: Pick<Lookup<PlaceEntry>, 'get' | 'has' | 'size'> & {
    hasHashed(key: string, h: number): boolean;
    getHashed(key: string, h: number): PlaceEntry | undefined;
  };
  /** First words of the multi-word place names: a longer lookup is worth trying only after one. */
  placeFirstWords: NameSet;
  /** Lower-cased given names. */
  givenNames: NameSet;
  /**
   * Given names of the long list that are also everyday words ("will", "major", "red", "crystal"):
   * a person only before a surname-like word.
   */
  wordGivenNames: NameSet;
  /** Lower-cased surnames. */
  surnames: NameSet;
  /** Lower-cased parts of people's names (first or last). */
  nameParts: NameSet;
  /** Lower-cased full names of famous people. */
  famous: NameSet;
  /** Lower-cased demonyms ("ukrainian", "north korean"). */
  demonyms: NameSet;
  /** Everyday English words, lower case (SCOWL levels 10–50). */
  common: NameSet;
  /** Every single word of the lists above → WORD_BITS, and its place entry; `hash` is compact-table.ts's. */
  words: { getHashed(key: string, h: number): number | undefined };
  /** The place entry at an index of the `words` table. */
  placeAt(i: number): PlaceEntry;
}

/**
 * Bits of the `words` table: which lists hold a single word. Bits from WORD_PLACE_SHIFT up
 * hold the index + 1 of the place entry the word names (0: none).
 */
export const WORD_BITS = {
  common: 1,
  place: 2,
  placeFirstWords: 4,
  givenNames: 8,
  wordGivenNames: 16,
  surnames: 32,
  nameParts: 64,
  demonyms: 128,
  /** First word of a demonym of several words ("north" of "north korean"). */
  demonymFirstWords: 256,
} as const;
export const WORD_PLACE_SHIFT = 9;

/** The tables of a Gazetteer, in the order they are packed. */
export const SET_NAMES = ['placeFirstWords', 'givenNames', 'wordGivenNames', 'surnames', 'nameParts', 'famous', 'demonyms', 'common'] as const;

let cached: Gazetteer | null = null;
let fileBytes: SharedArrayBuffer | null = null;

/** The gazetteer, loaded on first use. */
export function gazetteer(): Gazetteer {
  if (!cached) cached = load(Buffer.from(gazetteerBytes()));
  return cached;
}

/**
 * The packed gazetteer file, read once into memory that threads can share:
 * worker threads are handed the main thread's copy (parallel/pool.ts) rather
 * than each reading their own ~19 MB.
 */
export function gazetteerBytes(): SharedArrayBuffer {
  if (!fileBytes) fileBytes = readShared(dataFile());
  return fileBytes;
}

/** Uses bytes read by another thread (see gazetteerBytes). */
export function adoptGazetteerBytes(bytes: SharedArrayBuffer): void {
  if (!fileBytes) fileBytes = bytes;
}

function readShared(file: string): SharedArrayBuffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    const sab = new SharedArrayBuffer(size);
    const view = new Uint8Array(sab);
    for (let at = 0; at < size; ) {
      const n = readSync(fd, view, at, size - at, at);
      if (n === 0) throw new Error(`${file}: file shrank while being read`);
      at += n;
    }
    return sab;
  } finally {
    closeSync(fd);
  }
}

const PLACE_KINDS: PlaceKind[] = ['country', 'region', 'city', 'other'];
/** Population of countries and regions (Infinity) in a u32 column. */
export const NO_POPULATION = 0xffffffff;

/** A country code packed in 16 bits ("UA" → 0x5541), 0 for none. */
export function packCountry(cc: string | null): number {
  return cc && cc.length === 2 ? (cc.charCodeAt(0) << 8) | cc.charCodeAt(1) : 0;
}

function load(buf: Buffer): Gazetteer {
  const t = unpack(buf);
  const names = section(t, 'entry.name', PackedStrings);
  const kinds = section(t, 'entry.kind', Uint8Array);
  const countries = section(t, 'entry.country', Uint16Array);
  const populations = section(t, 'entry.population', Uint32Array);
  const homonyms = section(t, 'entry.homonyms', Uint32Array);
  const capitals = section(t, 'entry.capital', Uint8Array);
  // Entries become objects on first use: a corpus touches a few thousand of them.
  const entries: (PlaceEntry | undefined)[] = new Array(names.length);
  const entry = (i: number): PlaceEntry => {
    let e = entries[i];
    if (!e) {
      const cc = countries[i];
      e = {
        name: names.at(i),
        kind: PLACE_KINDS[kinds[i]],
        country: cc ? String.fromCharCode(cc >> 8, cc & 0xff) : null,
        population: populations[i] === NO_POPULATION ? Infinity : populations[i],
        homonyms: homonyms[i],
        capital: capitals[i] === 1,
      };
      entries[i] = e;
    }
    return e;
  };
  const placeIndex = section(t, 'places', PackedHash);
  const places = {
    size: placeIndex.size,
    has: (k: string) => placeIndex.has(k),
    get: (k: string) => {
      const i = placeIndex.get(k);
      return i === undefined ? undefined : entry(i);
    },
    hasHashed: (k: string, h: number) => placeIndex.hasHashed(k, h),
    getHashed: (k: string, h: number) => {
      const i = placeIndex.getHashed(k, h);
      return i === undefined ? undefined : entry(i);
    },
  };
  const sets = Object.fromEntries(SET_NAMES.map((n) => [n, section(t, n, PackedHash)])) as unknown as Record<(typeof SET_NAMES)[number], NameSet>;
  return { places, ...sets, words: section(t, 'words', PackedHash), placeAt: entry };
}

function section<T>(t: Map<string, Unpacked>, name: string, type: abstract new (...args: never[]) => T): T {
  const v = t.get(name);
  if (!(v instanceof type)) throw new Error(`newsmine: the names gazetteer has no "${name}" section; run \`npm run build\` to regenerate it.`);
  return v;
}

/** dist/data/names.bin, found from dist/extract/names/ (built) or src/extract/names/ (tsx, tests). */
function dataFile(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 5; i++) {
    const candidate = path.join(dir, 'dist', 'data', 'names.bin');
    if (existsSync(candidate)) return candidate;
    const sibling = path.join(dir, 'data', 'names.bin');
    if (existsSync(sibling)) return sibling;
    dir = path.dirname(dir);
  }
  throw new Error('newsmine: the names gazetteer (dist/data/names.bin) is missing; run `npm run build` to generate it.');
}

/** The lookup key of a place name: lower case, without word-final full stops ("St. Louis" → "st louis"). */
export function placeKey(name: string): string {
  return name.toLowerCase().replace(/\.(?=\s|$)/g, '');
}
