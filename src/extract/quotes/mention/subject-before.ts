import { DETERMINERS, SUBJECT_PRONOUNS, VERB_FILLERS } from '../../../lexicon/speaker-words.js';
import type { Token } from '../tokens.js';
import { clauseSubject, sentenceSubject } from './clause-subject.js';
import { groupBefore, isGroupHead } from './group.js';
import { SUFFIXES, isNameToken, makeMention, mentionFromRun, runStart } from './name-run.js';
import type { Mention } from './types.js';

const CONJUNCTIONS = new Set(['and', 'but', 'then', 'yet']);
const ADVERBIAL = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'earlier', 'late', 'early', 'after', 'via', 'through']);

/**
 * The subject that ends just before the verb at index k: "X said", "X also
 * told", "Brent Bozell III, founder of the Media Research Center, tells",
 * "Gov. John Kasich (R-OH) said", "Chinese officials said".
 */
export function subjectBefore(tokens: Token[], k: number, text: string): Mention | null {
  const m = subjectEndingAt(tokens, k - 1, text);
  if (m) return m;
  // "Trump on Tuesday said", "the ministry in a statement said": step over one short adverbial.
  for (let j = k - 2; j >= 0 && k - j <= 5; j--) {
    if (tokens[j].punct) break;
    if (ADVERBIAL.has(tokens[j].lower)) return subjectEndingAt(tokens, j - 1, text);
  }
  return null;
}

function subjectEndingAt(tokens: Token[], from: number, text: string): Mention | null {
  let j = from;
  while (j >= 0 && !tokens[j].punct && (VERB_FILLERS.has(tokens[j].lower) || /^[a-z]+ly$/.test(tokens[j].text))) j--;
  if (j < 0) return null;
  // Skip one parenthesis ("(R-OH)") or one appositive between commas.
  if (tokens[j].text === ')') {
    let o = j - 1;
    while (o >= 0 && tokens[o].text !== '(' && j - o < 12) o--;
    if (o < 0 || tokens[o].text !== '(') return null;
    j = o - 1;
  } else if (tokens[j].text === ',' || tokens[j].text === '—' || tokens[j].text === '–') {
    return appositiveSubject(tokens, j, text);
  }
  // 'Indiana Gov. Mike Pence, who called their son "an American hero"': a relative clause's verb has
  // the person before it. Not "which": 'China, which has declared a “no-limits” partnership' labels
  // a thing more often than it quotes.
  if (tokens[j].lower === 'who' && j >= 2 && tokens[j - 1].text === ',') {
    const m = subjectAt(tokens, j - 2, text);
    return m && m.type !== 'pronoun' ? (m.type === 'group' ? namedBefore(tokens, m, text) ?? m : m) : null;
  }
  // 'Carson did not mention them, but told his supporters': a second verb shares the clause's subject.
  if (CONJUNCTIONS.has(tokens[j].lower)) return sentenceSubject(tokens, j, text);
  return j >= 0 ? subjectAt(tokens, j, text) : null;
}

/**
 * The subject before an apposition or relative clause that ends at the comma
 * j: 'Sanders's campaign manager, Jeff Weaver, said' (the name between the
 * commas), 'Brent Bozell III, founder of ..., tells' and 'Jason Sims — a
 * teacher from Mount Pleasant — says' (the clause's opening subject).
 */
function appositiveSubject(tokens: Token[], j: number, text: string): Mention | null {
  let o = j - 1;
  while (o >= 0 && tokens[o].text !== tokens[j].text && j - o < 40) o--;
  if (o >= 0 && tokens[o].text === tokens[j].text && o + 1 < j) {
    const inner = mentionFromRun(tokens, o + 1, j - 1, text);
    const allNames = tokens.slice(o + 1, j).every((t) => isNameToken(t) || SUFFIXES.has(t.lower));
    // 'Clinton, during a meeting in Columbus, Ohio, said': a name after a name and a comma is a
    // place's state or country, not an apposition naming the subject.
    if (inner && inner.type === 'person' && allNames && o > 0 && !isNameToken(tokens[o - 1])) return inner;
  }
  const subject = clauseSubject(tokens, j, text);
  if (!subject || !subject.first || subject.mention.type === 'pronoun') return null;
  const first = subject.mention;
  const next = tokens.find((t) => t.start >= first.end && !/^['’]s?$/.test(t.text));
  return next && (next.text === ',' || next.text === '—' || next.text === '–' || next.text === '(' || next.lower === 'who') ? first : null;
}

/** The noun phrase whose last word is tokens[j]. */
function subjectAt(tokens: Token[], j: number, text: string): Mention | null {
  const t = tokens[j];
  if (t.punct) return null;
  // 'what it called “irresponsible remarks”': "it" speaks for an organisation or country named before.
  if (SUBJECT_PRONOUNS.has(t.lower)) return makeMention(tokens, j, j, text, 'pronoun');
  if (isNameToken(t) || SUFFIXES.has(t.lower)) {
    const a = runStart(tokens, j);
    const m = mentionFromRun(tokens, a, j, text);
    if (m) return m;
    return groupBefore(tokens, j, text);
  }
  if (isGroupHead(t.lower)) return groupBefore(tokens, j, text);
  return null;
}

/** The name a description stands in apposition to: 'Pedro Alvarez, the Mexican ambassador, who ...' → Pedro Alvarez. */
function namedBefore(tokens: Token[], m: Mention, text: string): Mention | null {
  let a = tokens.findIndex((t) => t.start === m.start);
  while (a > 0 && DETERMINERS.has(tokens[a - 1].lower)) a--;
  if (a < 2 || tokens[a - 1].text !== ',' || !isNameToken(tokens[a - 2])) return null;
  const named = mentionFromRun(tokens, runStart(tokens, a - 2), a - 2, text);
  return named?.type === 'person' ? named : null;
}
