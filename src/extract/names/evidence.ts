import { APPOSITION_OPENERS, PERSON_NOUNS_AFTER, SPEECH_VERBS } from '../../lexicon/person-cues.js';
import type { Candidate } from './candidates.js';
import type { Token } from './tokens.js';

// Context around a candidate that says "person" or "place". Each function looks at a
// few tokens on either side only: constant work per candidate.

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'across', 'outside', 'around',
  'towards', 'toward', 'via', 'throughout', 'inside', 'through', 'of']);

export function prevToken(c: Candidate, back = 1): Token | undefined {
  return c.tokens[c.i - back];
}

export function nextToken(c: Candidate, ahead = 1): Token | undefined {
  return c.tokens[c.j - 1 + ahead];
}

/** "X said", "X told", "X, who": what a person does right after being named. */
export function speaks(c: Candidate): boolean {
  const n = nextToken(c);
  if (!n) return false;
  if (n.word && SPEECH_VERBS.has(n.lower)) return true;
  return n.text === ',' && nextToken(c, 2)?.lower === 'who';
}

const QUOTE_CLOSERS = new Set(['"', '”', "'", '’', ',', '.', '?', '!']);
const POSTPOSED_SPEECH = new Set(['said', 'says', 'added', 'adds', 'asked', 'explained', 'continued', 'insisted', 'wrote', 'recalled']);

/** '"...," said X.': the speech verb before the name, right after the quote, and the name ends the clause. */
export function speaksAfterQuote(c: Candidate): boolean {
  const v = prevToken(c);
  const q = prevToken(c, 2);
  const n = nextToken(c);
  return !!v && !!q && POSTPOSED_SPEECH.has(v.lower) && QUOTE_CLOSERS.has(q.text) && (!n || n.text === '.' || n.text === ',');
}

/** "X, 34," or "X ( 34 )" — an age; "X, a spokesman" — an apposition. */
export function apposition(c: Candidate): boolean {
  const n = nextToken(c);
  const n2 = nextToken(c, 2);
  if (!n || !n2) return false;
  if ((n.text === ',' || n.text === '(') && /^\d{1,2}$/.test(n2.text)) {
    const n3 = nextToken(c, 3);
    return !n3 || n3.text === ',' || n3.text === ')' || n3.text === '.';
  }
  return n.text === ',' && APPOSITION_OPENERS.has(n2.lower) && n2.lower !== 'the';
}

/** "in X", "near X", "from X": a preposition that introduces places. */
export function afterPlacePreposition(c: Candidate): boolean {
  const p = prevToken(c);
  return !!p && p.word && !p.cap && PLACE_PREPOSITIONS.has(p.lower);
}

/** "X ( Country )": an athlete followed by the country or club in brackets. */
export function bracketAfter(c: Candidate): boolean {
  return nextToken(c)?.text === '(' && !!nextToken(c, 2)?.cap;
}

/** "X, Ruritania": a town followed by its country or state. */
export function commaPlaceAfter(c: Candidate, isPlace: (t: Token) => boolean): boolean {
  const n = nextToken(c);
  const n2 = nextToken(c, 2);
  return n?.text === ',' && !!n2 && n2.cap && isPlace(n2);
}

/** "the Trump administration", "the Clinton campaign": a lower-case noun that belongs to a person. */
export function personNounAfter(c: Candidate): boolean {
  const n = nextToken(c);
  return !!n && n.word && !n.cap && PERSON_NOUNS_AFTER.has(n.lower);
}
