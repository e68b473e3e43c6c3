import { DETERMINERS, GROUP_HEADS, ORG_DESIGNATORS, SUBJECT_PRONOUNS, TITLE_WORDS, VERB_FILLERS } from '../../lexicon/speaker-words.js';
import type { Mention } from './mention.js';
import type { Token } from './tokens.js';

// The fallback speaker-mention finder: who is the subject of a reporting
// verb, read off the tokens around it. It knows capitalised name runs, titles,
// pronouns and group nouns; when the people extractor covers a mention, its
// canonical name wins (see speaker-name.ts), so this stays deliberately small.

const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'dos', 'das']);
const SUFFIXES = new Set(['jr.', 'sr.', 'jr', 'sr', 'ii', 'iii', 'iv']);
/** Words that end a speaker phrase read forwards ('said Jim Doyle, who ...', 'said Donald Hartley of Madison'). */
const PHRASE_STOPS = new Set(['who', 'which', 'that', 'of', 'in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'as', 'and', 'but', 'to', 'from', 'with', 'about', 'told', 'adding', 'noting', 'because', 'if', 'than', 'for', 'last', 'this', 'on', 'earlier', 'later', 'recently', 'yesterday', 'today', 'tonight']);
/** Capitalised words that open sentences and clauses but never names. */
const NOT_NAME = new Set(['the', 'a', 'an', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'as', 'if', 'when', 'while', 'after', 'before', 'then', 'this', 'that', 'these', 'those', 'there', 'here', 'it', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'we', 'i', 'he', 'she', 'they', 'you', 'asked', 'still', 'also', 'now', 'instead', 'meanwhile', 'however', 'according', 'speaking', 'writing', 'last', 'next', 'earlier', 'later', 'today', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

export function isNameToken(t: Token): boolean {
  if (t.punct) return false;
  if (t.cap) return !NOT_NAME.has(t.lower.replace(/['’]s$/, '')) || t.text.length === 1;
  return false;
}

export function isPossessive(t: Token): boolean {
  return /['’]s$|s['’]$/i.test(t.text);
}

/** The run of name tokens ending at index j (inclusive), walking left; returns its first index. */
function runStart(tokens: Token[], j: number): number {
  let a = j;
  while (a > 0) {
    const prev = tokens[a - 1];
    if (isNameToken(prev) && !isPossessive(prev)) a--;
    else if (PARTICLES.has(prev.lower) && a - 2 >= 0 && isNameToken(tokens[a - 2])) a--;
    else break;
  }
  return a;
}

/** The run of name tokens starting at index i, walking right; returns its last index. */
export function runEnd(tokens: Token[], i: number, limit: number): number {
  let b = i;
  while (b + 1 < limit) {
    const next = tokens[b + 1];
    if (isNameToken(next) && !isPossessive(tokens[b])) b++;
    else if ((PARTICLES.has(next.lower) && b + 2 < limit && isNameToken(tokens[b + 2])) || SUFFIXES.has(next.lower)) b++;
    else break;
  }
  return b;
}

/**
 * Turns a capitalised run tokens[a..b] into a mention: a group when a word of
 * it is a group head ("Foreign Ministry", "White House") or it is an acronym
 * ("FBI"); else a person, with leading titles stripped ("former Wisconsin Gov.
 * Jim Doyle" → "Jim Doyle": everything up to the last title word goes).
 */
export function mentionFromRun(tokens: Token[], a: number, b: number, text: string): Mention | null {
  const words = tokens.slice(a, b + 1);
  const last = words[words.length - 1].lower.replace(/['’]s?$/, '');
  const isGroup = GROUP_HEADS.has(last) || ORG_DESIGNATORS.has(last) || (words.length === 1 && /^[A-Z]{2,}$/.test(words[0].text));
  // "China's Foreign Ministry": the possessor belongs to the organisation's name as written.
  if (isGroup) return make(tokens, a > 0 && tokens[a - 1].cap && isPossessive(tokens[a - 1]) ? a - 1 : a, b, text, 'group');
  let s = a;
  for (let i = a; i <= b; i++) if (TITLE_WORDS.has(tokens[i].lower.replace(/\.$/, ''))) s = i + 1;
  if (s > b) return null; // only titles: "the President said" is a description, handled as a group below
  return make(tokens, s, b, text, 'person');
}

function make(tokens: Token[], a: number, b: number, text: string, type: Mention['type']): Mention {
  let end = tokens[b].end;
  // A possessive is outside the mention ("Putin’s" → "Putin").
  const m = /['’]s?$/.exec(tokens[b].text);
  if (m && tokens[b].text.length > m[0].length) end -= m[0].length;
  return { start: tokens[a].start, end, text: text.slice(tokens[a].start, end), type };
}

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
    if (inner && inner.type === 'person' && allNames && o > 0) return inner;
  }
  const subject = clauseSubject(tokens, j, text);
  if (!subject || !subject.first || subject.mention.type === 'pronoun') return null;
  const first = subject.mention;
  const next = tokens.find((t) => t.start >= first.end && !/^['’]s?$/.test(t.text));
  return next && (next.text === ',' || next.text === '—' || next.text === '–' || next.text === '(' || next.lower === 'who') ? first : null;
}

const CONNECTORS = new Set(['of', 'for', 'on', 'and', '&']);

const CONJUNCTIONS = new Set(['and', 'but', 'then', 'yet']);

const ADVERBIAL = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'earlier', 'late', 'early', 'after', 'via', 'through']);

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
  // 'Carson did not mention them, but told his supporters': a second verb shares the clause's subject.
  if (CONJUNCTIONS.has(tokens[j].lower)) return sentenceSubject(tokens, j, text);
  return j >= 0 ? subjectAt(tokens, j, text) : null;
}

/** The noun phrase whose last word is tokens[j]. */
function subjectAt(tokens: Token[], j: number, text: string): Mention | null {
  const t = tokens[j];
  if (t.punct) return null;
  if (SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'it') return make(tokens, j, j, text, 'pronoun');
  if (isNameToken(t) || SUFFIXES.has(t.lower)) {
    const a = runStart(tokens, j);
    const m = mentionFromRun(tokens, a, j, text);
    if (m) return m;
    return groupBefore(tokens, j, text);
  }
  if (isGroupHead(t.lower)) return groupBefore(tokens, j, text);
  return null;
}

/** A noun that can head a speaking group or role: "officials", "chairmen", "the 43-year-old". */
export function isGroupHead(lower: string): boolean {
  return GROUP_HEADS.has(lower) || GROUP_HEADS.has(lower.replace(/e?s$/, '')) || GROUP_HEADS.has(lower.replace(/men$/, 'man')) || /^\d+-year-old$/.test(lower);
}

/** A described group or role ending at j: "the Chinese Foreign Ministry", "one former executive", "officials". */
function groupBefore(tokens: Token[], j: number, text: string): Mention | null {
  let a = j;
  while (a > 0 && j - a < 5) {
    const p = tokens[a - 1];
    if (p.punct || DETERMINERS.has(p.lower) || PHRASE_STOPS.has(p.lower) || VERB_FILLERS.has(p.lower)) break;
    a--;
  }
  return make(tokens, a, j, text, 'group');
}

/**
 * The subject that follows an inverted verb at index k: '"...," said former
 * Wisconsin Gov. Jim Doyle', 'said Katie Packer, who runs ...', 'said one
 * former executive who requested anonymity', 'says the Foreign Ministry'.
 */
export function subjectAfter(tokens: Token[], k: number, text: string): Mention | null {
  let i = k + 1;
  while (i < tokens.length && !tokens[i].punct && /^[a-z]+ly$/.test(tokens[i].text)) i++;
  if (i >= tokens.length) return null;
  if (SUBJECT_PRONOUNS.has(tokens[i].lower) && tokens[i].lower !== 'it') return make(tokens, i, i, text, 'pronoun');
  return phraseAt(tokens, i, text);
}

/** The speaker phrase starting at i, reduced to its person or group ("according to X", "said X"). */
export function phraseAt(tokens: Token[], i: number, text: string): Mention | null {
  let e = i;
  while (e < tokens.length && e - i < 10) {
    const t = tokens[e];
    if (t.punct && t.text !== '-' && t.text !== '&') break;
    if (!t.cap && PHRASE_STOPS.has(t.lower) && e > i) break;
    e++;
  }
  if (e === i) return null;
  // The last name run in the phrase is the person; titles before it drop away. A group noun right
  // after the run makes it an organisation ("the FNV union").
  for (let b = e - 1; b >= i; b--) {
    if (isNameToken(tokens[b]) || SUFFIXES.has(tokens[b].lower)) {
      const a = Math.max(runStart(tokens, b), i);
      if (b + 1 < e && isGroupHead(tokens[b + 1].lower)) return make(tokens, a, b + 1, text, 'group');
      const m = mentionFromRun(tokens, a, b, text);
      if (m) return m;
      break;
    }
  }
  let a = i;
  while (a < e - 1 && DETERMINERS.has(tokens[a].lower)) a++;
  // 'says a narrator', 'said one former executive': after a determiner any noun phrase will do.
  const head = tokens[e - 1];
  if (!isGroupHead(head.lower.replace(/['’]s$/, '')) && !isNameToken(head) && (a === i || head.cap)) return null;
  return make(tokens, a, e - 1, text, 'group');
}

const TIME_WORDS = new Set(['later', 'earlier', 'ago', 'morning', 'afternoon', 'evening', 'night', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hours', 'minutes', 'moments', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Openers of an introductory phrase that ends at a comma ("On Wednesday, ...", "In a statement, ..."). */
const INTRO_OPENERS = new Set(['on', 'in', 'at', 'after', 'before', 'during', 'speaking', 'asked', 'earlier', 'later', 'meanwhile', 'still', 'but', 'and', 'yet', 'so', 'then', 'today', 'yesterday', 'last', 'when', 'while', 'since', 'as', 'however', 'instead', 'separately', 'also', 'for', 'with', 'without', 'despite', 'following', 'responding', 'like', 'unlike']);

/**
 * The main clause's subject, for a participle cue ('Cruz continued on
 * Saturday, saying that ...'): the first person, pronoun or group of the
 * sentence, after an introductory phrase ("On Saturday, ...").
 */
export function sentenceSubject(tokens: Token[], k: number, text: string): Mention | null {
  return clauseSubject(tokens, k, text)?.mention ?? null;
}

/** The clause subject and whether it opens the clause (right after any introduction and determiner). */
export function clauseSubject(tokens: Token[], k: number, text: string): { mention: Mention; first: boolean } | null {
  let i = 0;
  // Step over an introductory phrase ending in a comma ("On Saturday,", "Hours later,"): one that
  // opens with a preposition or adverb, or a short time phrase. A clause that opens with a name
  // ("Trump shot back in a statement Thursday, saying") is the main clause itself.
  let c = 0;
  while (c < k && tokens[c].text !== ',' && c < 10) c++;
  if (c < k && tokens[c].text === ',' && c > 0) {
    const lead = tokens.slice(0, c);
    const intro = INTRO_OPENERS.has(lead[0].lower) || !lead[0].cap || (lead.length <= 3 && lead.some((t) => TIME_WORDS.has(t.lower)));
    if (intro) i = c + 1;
  }
  while (i < k && DETERMINERS.has(tokens[i].lower)) i++;
  for (let j = i; j < k; j++) {
    const t = tokens[j];
    if (t.punct) continue;
    const first = j === i;
    if (SUBJECT_PRONOUNS.has(t.lower) && t.lower !== 'it' && t.lower !== 'you') return { mention: make(tokens, j, j, text, 'pronoun'), first };
    if (isNameToken(t)) {
      let b = runEnd(tokens, j, k);
      // "Ukrainian leader", "Chinese foreign ministry": a demonym before a role or group noun is a description.
      let e = b;
      while (e + 1 < k && !tokens[e + 1].punct && !tokens[e + 1].cap && (isGroupHead(tokens[e + 1].lower) || TITLE_WORDS.has(tokens[e + 1].lower)) && e - b < 3) e++;
      if (e > b && isGroupHead(tokens[e].lower)) return { mention: make(tokens, j, e, text, 'group'), first };
      const m = mentionFromRun(tokens, j, b, text) ?? groupBefore(tokens, b, text);
      if (m?.type === 'group') {
        // "the Institute for the Study of War": an organisation's name runs on over "of", "for", "the".
        while (b + 2 < k && CONNECTORS.has(tokens[b + 1].lower) && (isNameToken(tokens[b + 2]) || (tokens[b + 2].lower === 'the' && b + 3 < k && isNameToken(tokens[b + 3])))) {
          b = runEnd(tokens, tokens[b + 2].lower === 'the' ? b + 3 : b + 2, k);
        }
        return { mention: make(tokens, j, b, text, 'group'), first };
      }
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
