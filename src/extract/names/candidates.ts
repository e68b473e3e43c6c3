import { FUNCTION_WORDS, MONTHS, NAME_PARTICLES, WEEKDAYS } from '../../lexicon/name-stopwords.js';
import { LEGAL_SUFFIXES, ORG_HEADS, ORG_LEADS } from '../../lexicon/org-keywords.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from '../../lexicon/person-titles.js';
import type { Token } from './tokens.js';

/** A capitalised sequence that may name a person, place or organisation. */
export interface Candidate {
  /** The sentence's tokens and this candidate's range [i, j) in them. */
  tokens: Token[];
  i: number;
  j: number;
  start: number;
  end: number;
  text: string;
  /** The role word(s) before the name ("President", "Foreign Minister", "spokesperson"). */
  title: string | null;
  /** The first word of its sentence (after any opening quote or bracket). */
  initial: boolean;
  /** In an ALL-CAPS headline or dateline, where capitals say nothing. */
  caps: boolean;
}

// "of" joins a name only after words that take it: "Bank of England", "Republic of
// Ireland", "Gulf of Mexico", "Isle of Man" — never "Clinton of Arkansas".
const OF_HOSTS = new Set([...ORG_HEADS, ...ORG_LEADS, 'republic', 'isle', 'isles', 'gulf', 'sea', 'bay', 'cape',
  'strait', 'straits', 'kingdom', 'state', 'states', 'city', 'duke', 'duchess', 'earl', 'prince', 'princess',
  'king', 'queen', 'lake', 'mount', 'port', 'island', 'islands', 'province', 'district', 'region', 'sultan',
  'emir', 'house', 'chamber', 'court', 'tower', 'cathedral', 'church', 'palace', 'statue', 'bay']);

const ORG_HOSTS = new Set([...ORG_HEADS, ...ORG_LEADS]);
const ORG_JOINERS = new Set(['of', 'for', 'on', 'and']);
// "Putin-ally", "Iran-made": a name inside a compound modifier is not a name.
const COMPOUND = /-\p{Ll}+$/u;
export const isCompound = (s: string): boolean => s.indexOf('-') > 0 && COMPOUND.test(s);

// "A. Hollioake", "I. Healy": an initial is never the article or the pronoun.
// "US", "WHO" in running text are a country and an organisation, not the pronouns.
const STOP_WORDS = new Set([...FUNCTION_WORDS, ...MONTHS, ...WEEKDAYS]);
const isStop = (t: Token): boolean => !t.initial && !(t.upper && t.text.length > 1) && STOP_WORDS.has(t.lower);

/**
 * Candidates of one sentence in mixed case. ALL-CAPS lines say nothing by their capitals:
 * headline.ts reads them against the names found in the body.
 */
export function candidates(tokens: Token[], text: string): Candidate[] {
  const out: Candidate[] = [];
  const first = firstWord(tokens);
  let i = 0;
  while (i < tokens.length) {
    if (!startsName(tokens[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    const orgRun = ORG_HOSTS.has(tokens[i].lower);
    while (j < tokens.length) {
      if (startsName(tokens[j])) {
        j++;
        continue;
      }
      const joined = joins(tokens, j, orgRun);
      if (joined) j += joined + 1;
      else break;
    }
    split(tokens, i, j, text, first, out);
    i = j;
  }
  return out;
}

// "I'm", "We'll", "Don't": contractions are never names.
const CONTRACTION = /^(?:I|we|you|they|he|she|it|that|there|what|who|let)['’]|n['’]t$/i;

/** A capitalised word, not a number or a contraction: a name can start here. */
function startsName(t: Token): boolean {
  if (!t.word || !t.cap) return false;
  const c = t.text.charCodeAt(0);
  return !(c >= 48 && c <= 57) && !(hasApostrophe(t.text) && CONTRACTION.test(t.text));
}

/** Most words have no apostrophe: the contraction pattern need not run on them. */
function hasApostrophe(s: string): boolean {
  return s.indexOf("'") >= 0 || s.indexOf('’') >= 0;
}

/**
 * How many lower-case words at j join the name to a capitalised word after them
 * ("Joost van der Westhuizen", "Bank of England"), or 0. In a run that opened with an
 * organisation word ("Institute ..."), "of"/"for"/"on"/"and" join all the way.
 */
function joins(tokens: Token[], j: number, orgRun: boolean): number {
  const t = tokens[j];
  if (!t.word || !(ORG_JOINERS.has(t.text) || NAME_PARTICLES.has(t.text))) return 0;
  // "Institute for the Study of War", "Department of Trade and Industry", "Gulf of Mexico".
  const host = tokens[j - 1].lower;
  if (LEGAL_SUFFIXES.has(host)) return 0;
  if (ORG_JOINERS.has(t.text) && (OF_HOSTS.has(host) || orgRun) && (t.text === 'of' || ORG_HOSTS.has(host) || orgRun)) {
    const n = tokens[j + 1]?.text === 'the' ? 2 : 1;
    const next = tokens[j + n];
    return next && startsName(next) && !isStop(next) ? n : 0;
  }
  let k = j;
  while (k < tokens.length && k < j + 3 && tokens[k].word && NAME_PARTICLES.has(tokens[k].text)) k++;
  const next = tokens[k];
  return k > j && next && startsName(next) && !isStop(next) ? k - j : 0;
}

/**
 * Splits a capitalised run at stop words and titles ("U.S. President Bill Clinton" → U.S. |
 * Bill Clinton) into `out`; `first` is the index of the sentence's first word.
 */
function split(tokens: Token[], i: number, j: number, text: string, first: number, out: Candidate[]): void {
  let s = i;
  let title: string | null = null;
  for (let k = i; k < j; k++) {
    const t = tokens[k];
    if ((isStop(t) && (t.cap || t.text !== "of")) || isCompound(t.text)) {
      if (k > s) emit(out, tokens, s, k, text, title, first);
      s = k + 1;
      title = null;
      continue;
    }
    if (k + 1 < j && isTitleHead(t.lower) && !isStop(tokens[k + 1]) && !ORG_HEADS.has(tokens[k + 1].lower)) {
      let m = k;
      while (m > s && TITLE_MODIFIERS.has(tokens[m - 1].lower)) m--;
      if (m > s) emit(out, tokens, s, m, text, title, first);
      title = tokens.slice(m, k + 1).map((x) => x.text).join(' ');
      s = k + 1;
    }
  }
  if (j > s) emit(out, tokens, s, j, text, title, first);
}

/**
 * The longest name, in words and in characters. "Organization for Security and Co-operation in
 * Europe" is eight words (split at "in" anyway), "Joost van der Westhuizen" four; a longer
 * capitalised run is a Title Case headline, a list or a run of repeated words ("Kyiv Kyiv …"
 * over megabytes), never one name, and is dropped rather than cut into pieces that are not names.
 */
export const MAX_NAME_WORDS = 8;
export const MAX_NAME_CHARS = 100;

function emit(out: Candidate[], tokens: Token[], i: number, j: number, text: string, title: string | null, first: number): void {
  if (j - i > MAX_NAME_WORDS || tokens[j - 1].end - tokens[i].start > MAX_NAME_CHARS) return;
  out.push(make(tokens, i, j, text, title ?? lowerTitle(tokens, i), i === first, false));
}

/** "President", and hyphenated ranks whose last part is a title ("Major-General", "Lieutenant-Colonel"). */
function isTitleHead(lower: string): boolean {
  if (TITLE_HEADS.has(lower)) return true;
  const dash = lower.lastIndexOf('-');
  if (dash < 0) return false;
  const head = lower.slice(dash + 1);
  return TITLE_HEADS.has(head) && lower.slice(0, dash).split('-').every((p) => TITLE_HEADS.has(p) || TITLE_MODIFIERS.has(p));
}

/** A lower-case role word right before the name: "coach John Toshack", "spokesperson Lin Jian". */
function lowerTitle(tokens: Token[], i: number): string | null {
  const p = tokens[i - 1];
  return p && p.word && !p.cap && isTitleHead(p.lower) ? p.text : null;
}

function firstWord(tokens: Token[]): number {
  let k = 0;
  while (k < tokens.length && !tokens[k].word) k++;
  return k;
}

function make(tokens: Token[], i: number, j: number, text: string, title: string | null, initial: boolean, caps: boolean): Candidate {
  const start = tokens[i].start;
  const end = tokens[j - 1].end;
  return { tokens, i, j, start, end, text: text.slice(start, end), title, initial, caps };
}
