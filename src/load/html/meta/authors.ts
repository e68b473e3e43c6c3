// Author strings from metadata and bylines to names: "By JANE DOE and John
// Smith, CNN | Updated 3:46 PM" -> people ["Jane Doe", "John Smith"], outlet
// "CNN". People are what a reader calls the authors; an organisation ("By The
// Associated Press") is the author only when no person is named anywhere.
import { chunkKind, DESK, PARTICLE, ROLE_WORD, sameName, startsWithGivenName, titleCaseShouting, withoutTrailingRole } from './names.js';

export interface Authors {
  people: string[];
  orgs: string[];
}

const LEAD =
  /^(?:(?:written|words|reporting|reported|story|text|posted|published|edited|compiled|photos? and words|interview)\s+by|by|from|par|von|por|door|di|af|av|autor(?:in)?|auteur|author|authors|byline|written|reporter|text|words)\b[:\s]*/i;
/** Where the names stop: a date, a clock time, "Updated", a URL, an e-mail or a newline. */
const TAIL =
  /\s*(?:\n|\d|\b(?:updated|published|posted|last updated|mis à jour|publié|aktualisiert|(?:edited|editing|photos?|photographs?|photography|illustrations?|graphics|video|additional reporting|fact-checked|reviewed) by)\b|https?:|www\.|\S+@\S+|\b(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\bon (?:mon|tue|wed|thu|fri|sat|sun)).*$/is;
/**
 * List separators between names. "and" in the languages news bylines use
 * ("et", "und", "y", "e"), "avec"/"with" for co-authors. "&" is handled apart:
 * "Mac & i" is one name.
 */
const SPLIT = /\s*(?:[,;|•·/]|\s(?:and|et|und|y|e|avec|with|mit|con)\s)\s*/i;
/** A bracket that lists co-authors: "(avec A et B)", "(with A)", "(A and B)", "(A, B)". */
const CO_AUTHORS = /^\s*(?:avec|with|mit|con|and|et|und)\s|,|\s(?:and|et|und|&)\s/i;
/**
 * "JANE DOE Associated Press": wire bylines set the name in capitals and run the outlet or job on
 * after it; the change of case is the boundary. The capitals must be two words or more (so "NBC
 * News" and "BBC World Service" are untouched) and what follows must have lower-case letters.
 */
const SHOUTED_NAME = /^((?:\p{Lu}[\p{Lu}'’.-]*\s+)+\p{Lu}[\p{Lu}'’.-]*)\s+(?=\S*\p{Ll})/u;
/** A list word left at the start of a chunk after splitting on commas (", avec Damien Leloup"). */
const LIST_LEAD = /^(?:and|et|und|y|e|avec|with|mit|con|&)\s+/i;

/** "Doe, Jane", "Kooman, F.", "Jong, Michiel de": a surname, a comma, given names or initials (and particles). */
// (An initial "F." is a word of one letter and its full stop: a second alternative for it, as this
// pattern once had, matched "A." two ways and made "Doe, A. A. A. … x" exponential.)
const LAST_FIRST = /^(\p{Lu}[\p{L}'’-]+),\s+((?:\p{Lu}[\p{L}'’-]*\.?)(?:\s+\p{Lu}[\p{L}'’-]*\.?)*)((?:\s+\p{Ll}{1,4})*)$/u;
/**
 * The longest author string read (a byline, a meta tag's content, one JSON-LD name): the longest in
 * the Readability test pages is 122 characters. Longer text is a paragraph or a menu, not a byline,
 * and the patterns below then only ever see a short string.
 */
export const MAX_AUTHOR_STRING = 500;

export interface CleanOptions {
  /** Names of the site and publisher: as an author they are the organisation, not a person. */
  siteNames?: readonly string[];
  /** The source says these are people (JSON-LD `Person`): only strong signs make one an organisation. */
  typedPeople?: boolean;
  /** The source declares these strings are authors (a meta tag, microdata): a plain "First Last" in any case is a person. */
  declared?: boolean;
  /** The source says these are organisations (JSON-LD `Organization`). */
  typedOrgs?: boolean;
  /** Visible text that may be a sentence: every chunk must be a name, an outlet or a job, else nothing is returned. */
  strict?: boolean;
}

/** People and organisations named in author strings, each list in order and without repeats. */
export function parseAuthors(raw: readonly string[] | string | null, opts: CleanOptions = {}): Authors {
  const parts = typeof raw === 'string' ? [raw] : raw ?? [];
  const out: Authors = { people: [], orgs: [] };
  for (const part of parts) {
    if (part.length > MAX_AUTHOR_STRING) continue;
    // A user handle ("CC7567", "@jdoe") or a bare address is not a name.
    if (/^[\p{L}_.-]*\d[\w.-]*$/u.test(part.trim()) || /^(?:@|https?:|www\.|mailto:)\S*$/i.test(part.trim())) continue;
    const before = out.people.length;
    for (const chunk of chunksOf(part, opts)) {
      if (!add(out, chunk, opts) && opts.strict) return { people: [], orgs: [] };
    }
    // "Jane Doe, Washington": next to a full name, a single word is a place or an outlet.
    const added = out.people.slice(before);
    if (!opts.typedPeople && added.some((n) => n.includes(' '))) out.people.splice(before, added.length, ...added.filter((n) => n.includes(' ')));
  }
  return out;
}

/** The people named, or [] (the old interface, kept for callers that want names only). */
export function cleanAuthors(raw: readonly string[] | string | null, siteName: string | null = null): string[] {
  return parseAuthors(raw, { siteNames: siteName ? [siteName] : [] }).people;
}

function chunksOf(part: string, opts: CleanOptions): string[] {
  let s = part
    .replace(/\([^)]*(?:https?:|www\.|@)[^)]*\)/g, ' ')
    // A handle beside the name ("Jane Doe @janedoe") is a login, not part of the name.
    .replace(/(?<!\S)@[\w.]+/g, ' ')
    .trim()
    .replace(LEAD, '')
    .replace(TAIL, '')
    // "Martin Untersinger (avec Damien Leloup et Morgane Tual)": a bracket holds more names when it
    // says so; "Richard (R.J.) Eskow", "Jane Doe (jdoe)", "(Reuters)" hold a nickname, a handle, an outlet.
    .replace(/\(([^()]*)\)(\s*\p{Lu})?/gu, (m, inner: string, next?: string) =>
      CO_AUTHORS.test(inner) ? `, ${inner}, ${next ?? ''}` : next && /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}\s*$/u.test(inner) ? m : ` ${next ?? ''}`)
    .replace(/[()[\]]/g, ' ')
    .replace(/[\s\u00a0]+/g, ' ')
    // A spaced dash separates like a comma ("Jane Doe - Staff Writer"); hyphens in names are never spaced.
    .replace(/ [-–—] /g, ', ')
    .trim();
  // Trailing punctuation goes, but not the full stop of a final initial ("Kooman, F.").
  s = trimPunctuation(s);
  const inverted = invert(s, opts);
  if (inverted) return [inverted];
  const out: string[] = [];
  // "Doe, Jane; Roe, Richard": semicolons separate inverted names.
  if (s.includes(';')) {
    const pieces = s.split(/\s*;\s*/).map((x) => invert(x, opts));
    if (pieces.every((x) => x !== null)) return pieces as string[];
  }
  const pieces = s.split(SPLIT);
  // "A and B, City Ledger": a list closed by "and" is complete; what follows the comma is the outlet.
  if (pieces.length > 2 && /\s(?:and|et|und|&)\s[^,;|]+,\s*[^,;|]+$/i.test(s)) pieces.pop();
  for (const piece of pieces) {
    const p = withoutTrailer(trimPunctuation(piece).replace(LEAD, '').replace(LIST_LEAD, '').trim());
    if (p) out.push(...splitAmpersand(p));
  }
  return out;
}

/** The name without where it was filed from, whom for, or a run-on outlet after a name in capitals. */
function withoutTrailer(p: string): string {
  const shouted = SHOUTED_NAME.exec(p);
  if (shouted && /\p{Lu}{2}/u.test(shouted[1]) && shouted[1].includes(' ')) return shouted[1];
  return withoutFiledFrom(p);
}

const CAPITALISED = /^\p{Lu}/u;

/**
 * What follows a name inside one chunk and is not part of it: where the writer filed from
 * ("Ana Ruiz in Kyiv", "Jane Doe in New York": the Guardian's and wire bylines), whom for
 * ("John Roe for Dailyledger.com", "Jane Doe Special to The Ledger"). Read word by word (the
 * chunk is single-spaced): the name before must have two words, so "in"/"for" never cut a
 * one-word chunk, and the place is one to three capitalised words ending the chunk, so "Jane Doe
 * in the morning" is left whole.
 */
function withoutFiledFrom(p: string): string {
  const words = p.split(' ');
  for (let i = 2; i < words.length - 1; i++) {
    const w = words[i];
    const rest = words.slice(i + 1);
    if (w === 'in' && rest.length <= 3 && rest.every((x) => CAPITALISED.test(x))) return words.slice(0, i).join(' ');
    if (w === 'for' || w === 'For' || (/^special$/i.test(w) && /^to$/i.test(rest[0]) && rest.length > 1)) return words.slice(0, i).join(' ');
  }
  return p;
}

/**
 * "Doe, Jane" -> "Jane Doe", or null. Both sides must look like parts of a
 * name: "Jane Doe, CNN", "Reuters, Jane Doe" and "Doe, Staff Writer" are a
 * name and an outlet or a job, not an inverted name.
 */
function invert(s: string, opts: CleanOptions): string | null {
  const m = LAST_FIRST.exec(s);
  if (!m || !m[3].split(/\s+/).filter(Boolean).every((w) => PARTICLE.test(w))) return null;
  if (chunkKind(m[1], opts.siteNames) !== 'person' || chunkKind(m[2], opts.siteNames) !== 'person') return null;
  return `${m[2]}${m[3]} ${m[1]}`.replace(/\s+/g, ' ').trim();
}

/** Separators and punctuation around a name go, but not the full stop of an initial or suffix ("Kooman, F.", "Jr."). */
function trimPunctuation(s: string): string {
  return s.replace(/^[\s\-–—:|•·,]+|[\s\-–—:|•·,]+$/g, '').replace(/(?<!(?:^|[\s.])(?:\p{Lu}|Jr|Sr))\.+$/u, '');
}

/** "Jane Doe & John Smith" is two people; "Mac & i" and "Procter & Gamble" are one name. */
function splitAmpersand(s: string): string[] {
  const sides = s.split(/\s*&\s*/);
  if (sides.length === 1) return [s];
  return sides.every((x) => x.split(' ').filter((w) => !PARTICLE.test(w)).length >= 2) ? sides : [s];
}

/** Files the chunk under people or organisations; false when it is neither (nor a job label). */
function add(out: Authors, chunk: string, opts: CleanOptions): boolean {
  let name = withoutTrailingRole(chunk);
  if (name.length < 2) return false;
  // "Our Foreign Staff" is a desk: the job words are not cut off to leave "Our Foreign".
  // "Kyiv Bureau Chief": when cutting job words stops at two words that still end in one, the
  // whole chunk is a place and a job, not a name ("Jane Doe Staff Writer" cuts to "Jane Doe").
  const placeAndJob = name !== chunk && ROLE_WORD.test(name.split(' ').pop() ?? '');
  let kind = DESK.test(chunk) || placeAndJob ? 'role' : chunkKind(name, opts.siteNames);
  if (opts.typedPeople && kind === 'org') {
    // A schema.org Person named like an organisation ("Emily Post", "Fox News") is a person when
    // it starts with a known given name, and is not an acronym or the site itself.
    kind = /^\p{Lu}{2,5}$/u.test(name) || (opts.siteNames ?? []).some((s) => sameName(s, name)) || !startsWithGivenName(name) ? 'org' : 'person';
  }
  if (kind === 'none' && (opts.typedPeople || opts.declared) && /^\p{L}[\p{L}'’.-]*(?:\s+\p{L}[\p{L}'’.-]*){1,3}$/u.test(name) && !/^\p{Ll}+$/u.test(name)) {
    kind = 'person';
  }
  if (opts.typedOrgs) kind = name.length <= 80 ? 'org' : 'none';
  name = titleCaseShouting(name);
  if (kind === 'person' && !out.people.includes(name)) out.people.push(name);
  else if (kind === 'org' && !out.orgs.includes(name)) out.orgs.push(name);
  return kind !== 'none';
}
