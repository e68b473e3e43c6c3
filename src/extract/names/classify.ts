import { GEO_HEADS, INSTITUTION_METONYMS, NEWS_AGENCIES, ORG_HEADS, ORG_LEADS } from '../../lexicon/org-keywords.js';
import { ETHNONYMS } from '../../lexicon/ethnonyms.js';
import { HONORIFICS, NAME_SUFFIXES } from '../../lexicon/person-titles.js';
import { isCompound, type Candidate } from './candidates.js';
import { afterPlacePreposition, apposition, bracketAfter, personNounAfter, speaks, speaksAfterQuote } from './evidence.js';
import type { Gazetteer } from './gazetteer.js';
import {
  isCommonSingular, isCommonWord, isDemonymLike, isDemonymWord, isEthnonymWord, isGivenName, isNamePartWord, isPlaceName,
  isSurnameWord, isWordGivenName, placeEntry,
} from './lex.js';
import { lookupPlace, phrase, type Place } from './place-lookup.js';
import { afterIn, placeNounAfter, placeNounBefore } from './place-evidence.js';
import { orgNounAround } from './org-evidence.js';
import { stateAfterTown } from './state-abbreviation.js';
import type { Token } from './tokens.js';

export type Label = 'PER' | 'LOC' | 'ORG' | 'MISC';

/** A classified candidate. `strong` labels spread to other mentions of the same words. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  label: Label;
  strong: boolean;
  title: string | null;
  place: Place | null;
  cand: Candidate;
  /** Which rule decided: for tests and error analysis. */
  rule: string;
}

/** A town whose name is an everyday word or a first name needs this many people to stand alone. */
const SAFE_CITY_POPULATION = 200_000;

/**
 * Decides what one candidate names, from its words (gazetteers, name lists, organisation
 * heads) and its context (titles, speech verbs, appositions). Null when nothing says.
 */
export function classify(c: Candidate, g: Gazetteer): Mention | null {
  // "Moscow-backed", "Kurdish-held", "New York-based": a name inside a compound modifier is none.
  if (isCompound(c.tokens[c.j - 1].text)) return null;
  const state = stateAfterTown(c);
  if (state) return { start: c.start, end: c.end, text: c.text, label: 'LOC', strong: false, title: null, place: state, cand: c, rule: 'state-abbreviation' };
  // Most one-word candidates are ordinary words opening a sentence ("However", "Shares"):
  // leave them to the document pass unless a title or a gazetteer speaks for them.
  if (c.j - c.i === 1 && !c.title && plainWordOnly(c.tokens[c.i], g)) return null;
  const words = c.tokens.slice(c.i, c.j);
  const key = phrase(c.tokens, c.i, c.j);
  const first = words[0];
  const last = words[words.length - 1];
  const mk = (label: Label, strong: boolean, rule: string, place: Place | null = null): Mention =>
    ({ start: c.start, end: c.end, text: c.text, label, strong, title: c.title, place, cand: c, rule });

  if (INSTITUTION_METONYMS.has(key) || (words.length === 1 && NEWS_AGENCIES.has(first.lower))) return mk('ORG', true, 'institution');
  if (isDemonym(key, g)) return mk('MISC', true, 'demonym');
  // "Czech Republic", "Saudi Arabia", "South Korea": a place whose first word is a demonym is whole.
  // "NATO", "INA": an acronym in running text is an organisation's, not a town's name.
  const acronymWord = words.length === 1 && first.upper && !first.initial && first.text.length > 1;
  const place = lookupPlace(g, c.tokens, c.i, c.j, acronymWord);
  if (place && words.length > 1 && place.kind !== 'city') return mk('LOC', true, 'gazetteer', place);
  const structural = placeNounBefore(c) ?? (ADJECTIVE_ENDING.test(last.lower) ? null : placeNounAfter(c));
  if (structural) return mk('LOC', true, 'place-noun', place ?? { name: c.text, kind: structural, country: null, entry: null });
  // "Ukrainian President ...", "American Tom Johnson": the nationality is not part of the name;
  // "Later Volodymyr Zelenskyy": nor is an ordinary word that opens the sentence.
  if (words.length > 1 && (isDemonymLike(first, g, isDemonym) || (c.initial && !first.initial && plainWordOnly(first, g) && !speaks(c)))) {
    return classify({ ...c, i: c.i + 1, start: words[1].start, text: c.text.slice(words[1].start - c.start), initial: false }, g);
  }
  // "U.S. Labor Day", "U.S. Treasury", "U.S. Open": a country abbreviation modifying a name makes
  // an organisation or an event, never a person; a person after it stands, a place with it ("U.S. Gulf").
  if (words.length > 1 && first.upper && first.text.includes('.') && placeEntry(first, g)?.kind === 'country') {
    const rest = classify({ ...c, i: c.i + 1, start: words[1].start, text: c.text.slice(words[1].start - c.start), initial: false }, g);
    if (rest?.label === 'LOC') return mk('LOC', rest.strong, 'country-modifier', { name: c.text, kind: 'other', country: rest.place?.country ?? null, entry: null });
    return rest?.label === 'PER' ? rest : mk('ORG', false, 'country-modifier');
  }
  if (c.title && HONORIFICS.has(c.title.toLowerCase().replace(/\.$/, '').split(' ').pop() ?? '')) return mk('PER', true, 'honorific');

  if (place && placeStands(c, place, g, words)) return mk('LOC', true, 'gazetteer', place);

  const joined = c.tokens.slice(c.i, c.j).some((w) => !w.cap);
  if (words.length > 1 && (ORG_HEADS.has(last.lower) || ((ORG_LEADS.has(first.lower) || ORG_HEADS.has(first.lower)) && joined))) {
    return mk('ORG', true, 'org-head');
  }
  // "Chicago Board of Trade", "Patriotic Union of Kurdistan": an organisation head before "of".
  if (joined && words.some((w, k) => w.text === 'of' && k > 0 && ORG_HEADS.has(words[k - 1].lower))) return mk('ORG', true, 'org-head');
  // "Florida Marlins", "Cleveland Indians", "Bradford Bulls": a place and a plural nickname is a team.
  if (words.length > 1 && isTeamNickname(last, g) && teamPlace(c, g)) return mk('ORG', true, 'team');
  // "Tiananmen Square", "Golan Heights" — but "Anthony Hill" is a given name and a surname.
  const namedLikePerson = words.length === 2 && last.lower === 'hill' && isGivenName(first, g) && !isWordGivenName(first, g);
  if (words.length > 1 && GEO_HEADS.has(last.lower) && !namedLikePerson) return mk('LOC', true, 'geo-head', { name: c.text, kind: 'other', country: null, entry: null });
  if (!c.title && orgNounAround(c)) return mk('ORG', true, 'org-noun');
  // A lower-case role word is weaker evidence ("official Telegram channel"): the name must look like one.
  if (c.title && (/^\p{Lu}/u.test(c.title) || words.length > 1 || knownNamePart(first, g))) return mk('PER', true, 'title');

  const shape = personShape(words, g);
  if (shape === 'strong') return mk('PER', true, 'name-shape');
  // An acronym ("OSCE said") or a plain word opening the sentence ("Analysts said") is no person.
  const acronym = words.length === 1 && first.upper && !first.initial;
  const plainWord = words.length === 1 && isCommonish(first, g);
  // "the Trump administration": a name part before a person's noun, even one that is also a word.
  if (!acronym && personNounAfter(c) && (!plainWord || knownNamePart(first, g))) return mk('PER', false, 'person-noun');
  // "Major League Baseball said", "Red Cross said": a title-case phrase of everyday words is no person.
  const phraseOfWords = words.length > 1 && words.every((w) => isCommonish(w, g));
  if (!acronym && !plainWord && !phraseOfWords && (speaks(c) || speaksAfterQuote(c) || apposition(c))) {
    return mk('PER', words.length > 1, 'speech-or-apposition');
  }
  if (bracketAfter(c) && words.length > 1) return mk('PER', false, 'bracket-after');
  if (shape === 'weak' && !(c.initial && isCommon(first, g))) return mk('PER', false, 'name-parts');
  if (place && !isCommon(first, g)) return mk('LOC', false, 'gazetteer-weak', place);
  if (afterPlacePreposition(c) && place) return mk('LOC', false, 'place-preposition', place);
  // "in Batajnica", "near Kecskemet": a word no list knows, after "in", is where something is.
  if (!acronym && afterIn(c) && words.every((w) => !knownNamePart(w, g) && !isCommonish(w, g))) {
    return mk('LOC', false, 'after-in', { name: c.text, kind: 'other', country: null, entry: null });
  }
  return null;
}

/** "the Transylvanian town", "a Zairean village": an adjective of place before a place noun is not the place. */
const ADJECTIVE_ENDING = /(?:ian|ean|ese|ish)$/;

/** "Ukrainian", "North Korean", "Kurdish", and their plurals ("Serbs", "Chechens"). */
export function isDemonym(key: string, g: Gazetteer): boolean {
  if (g.demonyms.has(key) || ETHNONYMS.has(key)) return true;
  // "Arab-Israeli", "Sino-Japanese": a compound of demonyms is one.
  if (key.includes('-') && !key.includes(' ')) return key.split('-').every((p) => p !== '' && (isDemonym(p, g) || p === 'sino' || p === 'anglo' || p === 'franco'));
  const singular = key.endsWith('s') ? key.slice(0, -1) : '';
  return singular !== '' && (g.demonyms.has(singular) || ETHNONYMS.has(singular));
}

/** Whether a gazetteer hit is a place here, or a person or a word that shares its name. */
function placeStands(c: Candidate, place: Place, g: Gazetteer, words: Token[]): boolean {
  const e = place.entry;
  // A national capital stands for its government as a country does ("Washington said", "Kyiv denied").
  if (!e || place.kind !== 'city' || (e.capital && words.length === 1)) return true;
  if (words.length > 1 && isGivenName(words[0], g) && !isPlaceName(words[0], g)) return false;
  const ambiguous = isCommon(words[0], g) || (words.length === 1 && (isGivenName(words[0], g) || isSurnameWord(words[0], g)));
  if (e.population >= SAFE_CITY_POPULATION && !(ambiguous && c.initial)) return !ambiguous || afterPlacePreposition(c) || e.population >= 1e6;
  return afterPlacePreposition(c) && !ambiguous;
}

/** "Bill Clinton", "P. Simmons", "T.O'Gorman" are strongly people; two unknown name parts weakly. */
function personShape(words: Token[], g: Gazetteer): 'strong' | 'weak' | null {
  const n = words.length;
  const core = NAME_SUFFIXES.has(words[n - 1].lower) ? n - 1 : n;
  if (core >= 2) {
    if (words[0].initial || isGivenName(words[0], g)) {
      if (g.places.has(phrase(words, 0, core))) return 'weak';
      // A given name that is also a word ("Will", "Major", "Red", "Crystal") needs a surname-like
      // word after it: "Will Carling", not "Major League", "Red Star", "Crystal Palace".
      if (isWordGivenName(words[0], g) && !words.slice(1, core).every((w) => surnameLike(w, g))) return null;
      return 'strong';
    }
    if (g.famous.has(phrase(words, 0, core))) return 'strong';
    if (words.slice(0, core).every((w) => isNamePart(w, g))) return 'weak';
    return null;
  }
  const w = words[0];
  if (/^\p{Lu}\.\p{Lu}/u.test(w.text) && !w.upper) return 'strong';
  if (w.upper) return null;
  // A single word must be a known name part: unknown single words are as often firms ("Pirelli").
  return knownNamePart(w, g) && !isCommon(w, g) && !isPlaceName(w, g) ? 'weak' : null;
}

/** The words before a nickname name a well-known place, not a first name ("Paul Haarhuis", "Gail Devers"). */
function teamPlace(c: Candidate, g: Gazetteer): boolean {
  const e = c.j - c.i === 2 ? placeEntry(c.tokens[c.i], g) : g.places.get(phrase(c.tokens, c.i, c.j - 1));
  if (!e) return false;
  if (e.kind !== 'city') return true;
  return e.population >= 100_000 && !(c.j - c.i === 2 && isGivenName(c.tokens[c.i], g));
}

/** "Marlins", "Indians", "Bulls": a plural that is no surname. */
function isTeamNickname(w: Token, g: Gazetteer): boolean {
  return w.lower.length > 3 && w.lower.endsWith('s') && !w.upper && !isSurnameWord(w, g) && !isPlaceName(w, g);
}

/** A word that can be a surname after a given name: not an everyday word, a place or a nationality (unless a known surname). */
function surnameLike(w: Token, g: Gazetteer): boolean {
  if (isSurnameWord(w, g)) return true;
  return !w.upper && !isCommonish(w, g) && !isPlaceName(w, g) && !isDemonymLike(w, g, isDemonym);
}

function knownNamePart(w: Token, g: Gazetteer): boolean {
  return isNamePartWord(w, g) || isSurnameWord(w, g) || isGivenName(w, g);
}

function isNamePart(w: Token, g: Gazetteer): boolean {
  if (w.upper || isCommon(w, g)) return false;
  // An everyday word, or the plural of one, is no name part unless a list says so.
  return isNamePartWord(w, g) || isSurnameWord(w, g) || isGivenName(w, g) || !(w.lower.endsWith('s') ? isCommonSingular(w, g) : isCommonWord(w, g));
}

export function isCommon(w: Token, g: Gazetteer): boolean {
  return isCommonWord(w, g);
}

function plainWordOnly(w: Token, g: Gazetteer): boolean {
  return commonOnly(w, g) && !isPlaceName(w, g) && !knownNamePart(w, g) && !isDemonymWord(w, g) && !isEthnonymWord(w);
}

function commonOnly(w: Token, g: Gazetteer): boolean {
  return isCommonWord(w, g) && !NEWS_AGENCIES.has(w.lower);
}

/** A common word or the plural of one ("Analysts", "Traders"). */
function isCommonish(w: Token, g: Gazetteer): boolean {
  return isCommonWord(w, g) || isCommonSingular(w, g);
}
