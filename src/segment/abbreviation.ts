import { type AbbreviationClass, abbreviationClass, CALENDAR_ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { ROLE_WORDS, SENTENCE_STARTERS, TIME_FOLLOWERS } from '../lexicon/sentence-starters.js';
import { isDigit, isLetter, isOpenBracket, isQuote, isSpace, isUpper } from './chars.js';
import { DIGIT, isStarter, nameGoesOn, type Next, secondWordIs, UPPER } from './next-word.js';

// Does a single full stop, followed by a space and a word that is not in lower
// case, end the sentence? Only when the word before it is not an abbreviation
// that the next word continues. Lower-case next words never get here.

/** "U.S", "J.R.R", "i.v", "P.O": single letters joined by full stops (the final one not included). */
const INITIALISM = /^(?:\p{L}\.)+\p{L}$/u;

/** Where the word ending at the full stop `dot` begins (after any opening quote or bracket). */
export function tokenStart(text: string, from: number, dot: number): number {
  let t = dot;
  while (t > from) {
    const c = text.charCodeAt(t - 1);
    if (isSpace(c) || isOpenBracket(c) || isQuote(c)) break;
    t--;
  }
  return t;
}

/** The lower-cased word before the stop at `dot`, from its last hyphen on ("non-U.S." → "u.s"). */
function wordBefore(text: string, t: number, dot: number): string {
  const token = text.slice(t, dot);
  const hyphen = token.lastIndexOf('-');
  return (hyphen >= 0 && hyphen < token.length - 1 ? token.slice(hyphen + 1) : token).toLowerCase();
}

/** How the word before a full stop at `dot` behaves (see lexicon/abbreviations.ts), plus four of our own. */
export type StopWord = AbbreviationClass | 'initial' | 'marker' | 'word' | 'other';

export function stopWord(text: string, sentenceStart: number, dot: number): StopWord {
  const t = tokenStart(text, sentenceStart, dot);
  if (t === dot) return 'other'; // a stop standing alone: "said ."
  // A capital letter alone is an initial ("Joseph P. Kahn"), whatever the lexicon says of "p.".
  if (dot - t === 1 && isUpper(text.charCodeAt(t))) return 'initial';
  // "... these guidelines: 1. Book early": a list marker after a colon.
  if (dot - t <= 2 && isDigit(text.charCodeAt(t)) && isDigit(text.charCodeAt(dot - 1)) && afterColon(text, sentenceStart, t)) return 'marker';
  const lower = wordBefore(text, t, dot);
  const cls = abbreviationClass(lower);
  // A state follows a city ("Fresno, Calif.") or stands before an office ("former Fla. Gov."), capitalised.
  if (cls === 'state') return isUpper(text.charCodeAt(t)) ? 'suffix' : 'other';
  if (cls) return cls;
  if (INITIALISM.test(lower)) return 'continues';
  // A lower-case word of three letters or more is a word, not an unlisted abbreviation.
  return dot - t >= 3 && LOWER_WORD.test(text.slice(t, dot)) ? 'word' : 'other';
}

const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * A full stop followed by a space and a lower-case word ends the sentence only
 * after an ordinary lower-case word ("in the city. features"): never after an
 * abbreviation, initial, number or name ("e.g. a hat", "Tex. for", "FBI. bulletin").
 */
export function periodEndsBeforeLower(word: StopWord): boolean {
  return word === 'word';
}

/** A full stop followed by a space and a capital, digit or symbol. */
export function periodEnds(text: string, sentenceStart: number, dot: number, word: StopWord, next: Next, end: number): boolean {
  if (word === 'word' || word === 'other') return true;
  // An abbreviation before a bracket goes on: "at 11 a.m. (0800 GMT) in Naqoura", "& Co. (cited from ...)".
  if (next.bracket) return false;
  switch (word) {
    case 'initial':
      return initialEnds(text, sentenceStart, tokenStart(text, sentenceStart, dot), next);
    case 'title':
    case 'marker':
      return false;
    case 'number':
      if (next.kind === DIGIT) return false;
      // "Wed. Feb. 26", "Sept. Oct." keep going.
      return !(CALENDAR_ABBREVIATIONS.has(wordBefore(text, tokenStart(text, sentenceStart, dot), dot)) && TIME_FOLLOWERS.has(next.word));
    case 'continues':
      return next.kind === UPPER && isStarter(next) && !inTitleCase(text, sentenceStart, dot);
    case 'time':
      if (next.kind !== UPPER || isStarter(next)) return true;
      // "10 a.m. Monday", "9 p.m. EST", "9 p.m. E.T.", "4.50 a.m. Iraq time".
      return !(TIME_FOLLOWERS.has(next.word) || next.acronym || next.dotted || secondWordIs(text, next, end, 'time'));
    default:
      // "Homegate Inc. 1996-08-30" and "ROCHESTER, N.H. 1996-08-30" are datelines, not two sentences.
      return next.kind === UPPER ? suffixEnds(text, next, end) : next.kind !== DIGIT;
  }
}

/**
 * After a company form, name suffix or street type ("Inc.", "Jr.", "Ave."), a
 * capitalised word opens a sentence unless the name visibly goes on: an acronym
 * ("Co. KG"), another abbreviation ("Co. Ltd."), a role ("Inc. Chief Executive"),
 * or a second capitalised word ("& Co. Goldman Sachs").
 */
function suffixEnds(text: string, next: Next, end: number): boolean {
  if (isStarter(next)) return true;
  if (next.acronym || next.dotted || ROLE_WORDS.has(next.word)) return false;
  return !nameGoesOn(text, next, end);
}

/** How far back a sentence is read for title case. */
const TITLE_CASE_REACH = 120;

/**
 * The sentence so far is in title case, as headlines are ("Obama To Let Refugees
 * Enter U.S. As ..."): a function word after its first word is capitalised, so a
 * capitalised opener after an initialism says nothing.
 */
function inTitleCase(text: string, sentenceStart: number, t: number): boolean {
  let k = Math.max(sentenceStart, t - TITLE_CASE_REACH);
  let first = k === sentenceStart;
  while (k < t) {
    while (k < t && !isLetter(text.charCodeAt(k))) k++;
    const w = k;
    while (k < t && isLetter(text.charCodeAt(k))) k++;
    if (k > w + 1 && !first && isUpper(text.charCodeAt(w)) && !isUpper(text.charCodeAt(w + 1)) && SENTENCE_STARTERS.has(text.slice(w, k).toLowerCase())) return true;
    first = false;
  }
  return false;
}

/**
 * A single capital and a full stop is an initial ("Alfred E. Sloan", "Q. What is
 * his name?"), except the pronoun or a letter after a lower-case word that a
 * sentence opener follows ("you and I. Did you", "vitamin C. The").
 */
function initialEnds(text: string, sentenceStart: number, t: number, next: Next): boolean {
  if (next.kind !== UPPER || !isStarter(next)) return false;
  let k = t;
  while (k > sentenceStart && isSpace(text.charCodeAt(k - 1))) k--;
  if (k === t || k <= sentenceStart) return false; // a label opening the sentence: "Q. What ..."
  const w = tokenStart(text, sentenceStart, k);
  return !isUpper(text.charCodeAt(w)) && isLetter(text.charCodeAt(k - 1));
}

function afterColon(text: string, sentenceStart: number, t: number): boolean {
  let k = t;
  while (k > sentenceStart && isSpace(text.charCodeAt(k - 1))) k--;
  return k < t && text.charCodeAt(k - 1) === 58;
}
