import { DETERMINERS, SUBJECT_PRONOUNS, TITLE_WORDS } from '../../../lexicon/speaker-words.js';
import type { Token } from '../tokens.js';
import { groupBefore, isGroupHead } from './group.js';
import { isNameToken, makeMention, mentionFromRun, runEnd } from './name-run.js';
import type { Mention } from './types.js';

const TIME_WORDS = new Set(['later', 'earlier', 'ago', 'morning', 'afternoon', 'evening', 'night', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hours', 'minutes', 'moments', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Openers of an introductory phrase that ends at a comma ("On Wednesday, ...", "In a statement, ..."). */
const INTRO_OPENERS = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'speaking', 'asked', 'earlier', 'later', 'meanwhile', 'still', 'but', 'and', 'yet', 'so', 'then', 'today', 'yesterday', 'last', 'when', 'while', 'since', 'as', 'however', 'instead', 'separately', 'also', 'for', 'with', 'without', 'despite', 'following', 'responding', 'like', 'unlike', 'here', 'there']);

const CONNECTORS = new Set(['of', 'for', 'on', 'and', '&']);

/**
 * The main clause's subject, for a participle cue ('Cruz continued on
 * Saturday, saying that ...'): the first person, pronoun or group of the
 * sentence, after an introductory phrase ("On Saturday, ...").
 */
export function sentenceSubject(tokens: Token[], k: number, text: string): Mention | null {
  return clauseSubject(tokens, k, text)?.mention ?? null;
}

/** The clause subject among tokens[0..k) and whether it opens the clause (right after any introduction and determiner). */
export function clauseSubject(tokens: Token[], k: number, text: string): { mention: Mention; first: boolean } | null {
  const i = clauseStart(tokens, k);
  for (let j = i; j < k; j++) {
    const t = tokens[j];
    if (t.punct) continue;
    const first = j === i;
    if (SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'it' && t.lower !== 'you') return { mention: makeMention(tokens, j, j, text, 'pronoun'), first };
    if (isNameToken(t)) {
      const m = nameSubject(tokens, j, k, text);
      return m ? { mention: m, first } : null;
    }
    if (isGroupHead(t.lower)) {
      let b = j;
      while (b + 1 < k && isGroupHead(tokens[b + 1].lower)) b++;
      const m = groupBefore(tokens, b, text);
      return m ? { mention: m, first: first || m.start <= tokens[i].start } : null;
    }
  }
  return null;
}

/**
 * Where the clause proper starts: after an introductory phrase ending in a
 * comma ("On Saturday,", "Hours later,") — one that opens with a preposition or
 * adverb, or a short time phrase — and after determiners. A clause that opens
 * with a name ("Trump shot back in a statement Thursday, saying") is the main
 * clause itself.
 */
export function clauseStart(tokens: Token[], k: number): number {
  // A list bullet or dash before the sentence is not part of it ('- China strongly denies ...'),
  // nor is a dateline ('WASHINGTON — Sen. Chuck Grassley ...', 'Washington (AFP) – Democrat ...').
  let i = 0;
  while (i < k && tokens[i].punct) i++;
  const d = datelineEnd(tokens, i, k);
  if (d > i) i = d;
  let c = i;
  while (c < k && tokens[c].text !== ',' && c - i < 16) c++;
  if (c < k && tokens[c].text === ',' && c > i) {
    const lead = tokens.slice(i, c);
    // An introduction opens with a preposition or adverb, a participle ("Looking ahead to ...,"), a
    // lower-case word, or is a short time phrase ("Hours later,").
    const intro = INTRO_OPENERS.has(lead[0].lower) || !lead[0].cap || /^[a-z]+ing$/.test(lead[0].lower) || (lead.length <= 3 && lead.some((t) => TIME_WORDS.has(t.lower)));
    if (intro) i = c + 1;
  }
  while (i < k && DETERMINERS.has(tokens[i].lower)) i++;
  return i;
}

/** The subject that a capitalised word at j opens: a person, or an organisation or described role. */
function nameSubject(tokens: Token[], j: number, k: number, text: string): Mention | null {
  let b = runEnd(tokens, j, k);
  // "Ukrainian leader", "Chinese foreign ministry": a demonym before a role or group noun is a description.
  let e = b;
  while (e + 1 < k && !tokens[e + 1].punct && !tokens[e + 1].cap && (isGroupHead(tokens[e + 1].lower) || TITLE_WORDS.has(tokens[e + 1].lower)) && e - b < 3) e++;
  if (e > b && isGroupHead(tokens[e].lower)) return makeMention(tokens, j, e, text, 'group');
  const m = mentionFromRun(tokens, j, b, text) ?? groupBefore(tokens, b, text);
  if (m?.type !== 'group') return m;
  // "the Institute for the Study of War": an organisation's name runs on over "of", "for", "the".
  while (b + 2 < k && CONNECTORS.has(tokens[b + 1].lower) && (isNameToken(tokens[b + 2]) || (tokens[b + 2].lower === 'the' && b + 3 < k && isNameToken(tokens[b + 3])))) {
    b = runEnd(tokens, tokens[b + 2].lower === 'the' ? b + 3 : b + 2, k);
  }
  return makeMention(tokens, j, b, text, 'group');
}

const DASH = new Set(['—', '–', '-', '―']);

/** The index after a dateline's dash: capitalised words, perhaps "(AFP)", ", Ohio" or a date, then a dash. */
function datelineEnd(tokens: Token[], i: number, k: number): number {
  for (let j = i; j < k && j - i < 12; j++) {
    const t = tokens[j];
    if (DASH.has(t.text)) return j > i ? j + 1 : i;
    if (!(t.cap || /^\d/.test(t.text) || t.text === '(' || t.text === ')' || t.text === ',' || t.text === '.')) return i;
  }
  return i;
}
