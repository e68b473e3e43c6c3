import { GEO_HEADS, INSTITUTION_METONYMS, NEWS_AGENCIES, ORG_HEADS, ORG_LEADS } from '../../lexicon/org-keywords.js';
import { ETHNONYMS } from '../../lexicon/ethnonyms.js';
import { HONORIFICS, NAME_SUFFIXES } from '../../lexicon/person-titles.js';
import { isCompound, type Candidate } from './candidates.js';
import { afterPlacePreposition, apposition, bracketAfter, personNounAfter, speaks, speaksAfterQuote } from './evidence.js';
import type { Gazetteer } from './gazetteer.js';
import {
  isCommonSingular, isCommonWord, isDemonymLike, isDemonymWord, isEthnonymWord, isGivenName, isNamePartWord, isPlaceName,
  isDemonymFirstWord, isPlaceFirstWord, isSurnameWord, isWordGivenName, placeEntry,
} from './lex.js';
import { lookupPlace, phrase, type Place } from './place-lookup.js';
import { afterIn, placeNounAfter, placeNounBefore } from './place-evidence.js';
import { orgNounAround } from './org-evidence.js';
import { stateAfterTown } from './state-abbreviation.js';
import type { PlaceKind } from '../../types.js';
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
  const t = c.tokens;
  const n = c.j - c.i;
  const first = t[c.i];
  const last = t[c.j - 1];
  // "Moscow-backed", "Kurdish-held", "New York-based": a name inside a compound modifier is none.
  if (isCompound(last.text)) return null;
  const state = stateAfterTown(c);
  if (state) return { start: c.start, end: c.end, text: c.text, label: 'LOC', strong: false, title: null, place: state, cand: c, rule: 'state-abbreviation' };
  // Most one-word candidates are ordinary words opening a sentence ("However", "Shares"):
  // leave them to the document pass unless a title or a gazetteer speaks for them.
  if (n === 1 && !c.title && plainWordOnly(first, g)) return null;

  if (isInstitution(c) || (n === 1 && NEWS_AGENCIES.has(first.lower))) return mention(c, 'ORG', true, 'institution');
  if (n === 1 ? isDemonymLike(first, g, isDemonym) : mayBeDemonymPhrase(first, g) && isDemonym(phrase(t, c.i, c.j), g)) return mention(c, 'MISC', true, 'demonym');
  // "Czech Republic", "Saudi Arabia", "South Korea": a place whose first word is a demonym is whole.
  // "NATO", "INA": an acronym in running text is an organisation's, not a town's name.
  const acronymWord = n === 1 && first.upper && !first.initial && first.text.length > 1;
  const place = lookupPlace(g, t, c.i, c.j, acronymWord);
  if (place && n > 1 && place.kind !== 'city') return mention(c, 'LOC', true, 'gazetteer', place);
  const structural = placeNounBefore(c) ?? afterUnlessAdjective(c, last);
  if (structural) return mention(c, 'LOC', true, 'place-noun', place ?? { name: c.text, kind: structural, country: null, entry: null });
  // "Ukrainian President ...", "American Tom Johnson": the nationality is not part of the name;
  // "Later Volodymyr Zelenskyy": nor is an ordinary word that opens the sentence.
  if (n > 1 && (isDemonymLike(first, g, isDemonym) || (c.initial && !first.initial && plainWordOnly(first, g) && !speaks(c)))) {
    return classify(withoutFirst(c), g);
  }
  // "U.S. Labor Day", "U.S. Treasury", "U.S. Open": a country abbreviation modifying a name makes
  // an organisation or an event, never a person; a person after it stands, a place with it ("U.S. Gulf").
  if (n > 1 && first.upper && first.text.includes('.') && placeEntry(first, g)?.kind === 'country') {
    const rest = classify(withoutFirst(c), g);
    if (rest?.label === 'LOC') return mention(c, 'LOC', rest.strong, 'country-modifier', { name: c.text, kind: 'other', country: rest.place?.country ?? null, entry: null });
    return rest?.label === 'PER' ? rest : mention(c, 'ORG', false, 'country-modifier');
  }
  if (c.title && HONORIFICS.has(lastTitleWord(c.title))) return mention(c, 'PER', true, 'honorific');

  if (place && placeStands(c, place, g)) return mention(c, 'LOC', true, 'gazetteer', place);

  if (n > 1 && (ORG_HEADS.has(last.lower) || ((ORG_LEADS.has(first.lower) || ORG_HEADS.has(first.lower)) && hasLowerWord(c)))) {
    return mention(c, 'ORG', true, 'org-head');
  }
  // "Chicago Board of Trade", "Patriotic Union of Kurdistan": an organisation head before "of".
  if (hasLowerWord(c) && headBeforeOf(c)) return mention(c, 'ORG', true, 'org-head');
  // "Florida Marlins", "Cleveland Indians", "Bradford Bulls": a place and a plural nickname is a team.
  if (n > 1 && isTeamNickname(last, g) && teamPlace(c, g)) return mention(c, 'ORG', true, 'team');
  // "Tiananmen Square", "Golan Heights" — but "Anthony Hill" is a given name and a surname.
  const namedLikePerson = n === 2 && last.lower === 'hill' && isGivenName(first, g) && !isWordGivenName(first, g);
  if (n > 1 && GEO_HEADS.has(last.lower) && !namedLikePerson) return mention(c, 'LOC', true, 'geo-head', { name: c.text, kind: 'other', country: null, entry: null });
  if (!c.title && orgNounAround(c)) return mention(c, 'ORG', true, 'org-noun');
  // A lower-case role word is weaker evidence ("official Telegram channel"): the name must look like one.
  if (c.title && (CAPITALISED.test(c.title) || n > 1 || knownNamePart(first, g))) return mention(c, 'PER', true, 'title');

  const shape = personShape(t, c.i, c.j, g);
  if (shape === 'strong') return mention(c, 'PER', true, 'name-shape');
  // An acronym ("OSCE said") or a plain word opening the sentence ("Analysts said") is no person.
  const acronym = n === 1 && first.upper && !first.initial;
  const plainWord = n === 1 && isCommonish(first, g);
  // "the Trump administration": a name part before a person's noun, even one that is also a word.
  if (!acronym && personNounAfter(c) && (!plainWord || knownNamePart(first, g))) return mention(c, 'PER', false, 'person-noun');
  // "Major League Baseball said", "Red Cross said": a title-case phrase of everyday words is no person.
  const phraseOfWords = n > 1 && allCommonish(c, g);
  if (!acronym && !plainWord && !phraseOfWords && (speaks(c) || speaksAfterQuote(c) || apposition(c))) {
    return mention(c, 'PER', n > 1, 'speech-or-apposition');
  }
  if (bracketAfter(c) && n > 1) return mention(c, 'PER', false, 'bracket-after');
  if (shape === 'weak' && !(c.initial && isCommon(first, g))) return mention(c, 'PER', false, 'name-parts');
  if (place && !isCommon(first, g)) return mention(c, 'LOC', false, 'gazetteer-weak', place);
  if (afterPlacePreposition(c) && place) return mention(c, 'LOC', false, 'place-preposition', place);
  // "in Batajnica", "near Kecskemet": a word no list knows, after "in", is where something is.
  if (!acronym && afterIn(c) && allUnknown(c, g)) {
    return mention(c, 'LOC', false, 'after-in', { name: c.text, kind: 'other', country: null, entry: null });
  }
  return null;
}

function mention(c: Candidate, label: Label, strong: boolean, rule: string, place: Place | null = null): Mention {
  return { start: c.start, end: c.end, text: c.text, label, strong, title: c.title, place, cand: c, rule };
}

/** The candidate without its first word ("Ukrainian" of "Ukrainian President ..."). */
function withoutFirst(c: Candidate): Candidate {
  const start = c.tokens[c.i + 1].start;
  return { tokens: c.tokens, i: c.i + 1, j: c.j, start, end: c.end, text: c.text.slice(start - c.start), title: c.title, initial: false, caps: c.caps };
}

const CAPITALISED = /^\p{Lu}/u;

/** "Kremlin", "White House", "Downing Street": where an institution sits stands for it. */
function isInstitution(c: Candidate): boolean {
  const first = c.tokens[c.i].lower;
  if (c.j - c.i === 1) return INSTITUTION_METONYMS.has(first);
  return METONYM_FIRST_WORDS.has(first) && INSTITUTION_METONYMS.has(phrase(c.tokens, c.i, c.j));
}

const METONYM_FIRST_WORDS = new Set([...INSTITUTION_METONYMS].map((k) => k.split(' ')[0]));
const ETHNONYM_FIRST_WORDS = new Set([...ETHNONYMS].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]));

/** A phrase can be a demonym ("North Korean") only if its first word starts one. */
function mayBeDemonymPhrase(first: Token, g: Gazetteer): boolean {
  return isDemonymFirstWord(first, g) || ETHNONYM_FIRST_WORDS.has(first.lower);
}

/** The last word of a title, lower case, without its full stop: "Mr." → "mr", "Foreign Minister" → "minister". */
function lastTitleWord(title: string): string {
  const l = title.toLowerCase();
  const s = l.endsWith('.') ? l.slice(0, -1) : l;
  return s.slice(s.lastIndexOf(' ') + 1);
}

/** The lower-case place noun after the name, unless the name is an adjective of place ("the Transylvanian town"). */
function afterUnlessAdjective(c: Candidate, last: Token): PlaceKind | null {
  const kind = placeNounAfter(c);
  return kind && !ADJECTIVE_ENDING.test(last.lower) ? kind : null;
}

/** A lower-case word joins the name ("Bank of England", "Institute for the Study of War"). */
function hasLowerWord(c: Candidate): boolean {
  for (let k = c.i; k < c.j; k++) if (!c.tokens[k].cap) return true;
  return false;
}

/** An organisation head right before "of" ("Chicago Board of Trade"). */
function headBeforeOf(c: Candidate): boolean {
  for (let k = c.i + 1; k < c.j; k++) if (c.tokens[k].text === 'of' && ORG_HEADS.has(c.tokens[k - 1].lower)) return true;
  return false;
}

function allCommonish(c: Candidate, g: Gazetteer): boolean {
  for (let k = c.i; k < c.j; k++) if (!isCommonish(c.tokens[k], g)) return false;
  return true;
}

/** No word of the candidate is a known name part or an everyday word. */
function allUnknown(c: Candidate, g: Gazetteer): boolean {
  for (let k = c.i; k < c.j; k++) {
    const w = c.tokens[k];
    if (knownNamePart(w, g) || isCommonish(w, g)) return false;
  }
  return true;
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
function placeStands(c: Candidate, place: Place, g: Gazetteer): boolean {
  const e = place.entry;
  const n = c.j - c.i;
  const first = c.tokens[c.i];
  // A national capital stands for its government as a country does ("Washington said", "Kyiv denied").
  if (!e || place.kind !== 'city' || (e.capital && n === 1)) return true;
  if (n > 1 && isGivenName(first, g) && !isPlaceName(first, g)) return false;
  const ambiguous = isCommon(first, g) || (n === 1 && (isGivenName(first, g) || isSurnameWord(first, g)));
  if (e.population >= SAFE_CITY_POPULATION && !(ambiguous && c.initial)) return !ambiguous || afterPlacePreposition(c) || e.population >= 1e6;
  return afterPlacePreposition(c) && !ambiguous;
}

/** "J.R." or "T.O'Gorman": initials run together. */
const INITIALS_JOINED = /^\p{Lu}\.\p{Lu}/u;

/** "Bill Clinton", "P. Simmons", "T.O'Gorman" are strongly people; two unknown name parts weakly. */
function personShape(t: Token[], i: number, j: number, g: Gazetteer): 'strong' | 'weak' | null {
  const core = NAME_SUFFIXES.has(t[j - 1].lower) ? j - 1 : j;
  if (core - i >= 2) {
    if (t[i].initial || isGivenName(t[i], g)) {
      if (isPlaceFirstWord(t[i], g) && g.places.has(phrase(t, i, core))) return 'weak';
      // A given name that is also a word ("Will", "Major", "Red", "Crystal") needs a surname-like
      // word after it: "Will Carling", not "Major League", "Red Star", "Crystal Palace".
      if (isWordGivenName(t[i], g)) {
        for (let k = i + 1; k < core; k++) if (!surnameLike(t[k], g)) return null;
      }
      return 'strong';
    }
    if (g.famous.has(phrase(t, i, core))) return 'strong';
    for (let k = i; k < core; k++) if (!isNamePart(t[k], g)) return null;
    return 'weak';
  }
  const w = t[i];
  if (INITIALS_JOINED.test(w.text) && !w.upper) return 'strong';
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
