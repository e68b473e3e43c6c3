import { SCARE_MARKERS } from '../../lexicon/title-contexts.js';
import type { Attribution } from './attribution/types.js';
import type { QuoteContext } from './clauses.js';
import { isExcerpt } from './excerpt.js';
import { splitSpeech } from './kind.js';
import { isTitleCase, namedAs, parentheticalCitation, titlePosition, workInApposition } from './titles.js';

// Quotation marks that do not mark speech: titles of works and events
// ('“Saturday Night Live”', '"2025 Bucha Summit"'), names ('known as
// “Guccifer”'), scare quotes and coined labels ('so-called “establishment”'),
// and excerpts of other articles. Decided from the quoted words' shape and the
// words around them, and from whether anyone is said to have said them.

// Bounded: a greedy loop over millions of letters (a quote mark before a 4 MB "word") overflows
// the regex engine's stack. A word that long is finished by WORD_END, a search for one character.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-.]{0,199}/gu;
const WORD_END = /[^\p{L}\p{N}'’\-.]/gu;

export type NotQuote = 'title' | 'scare' | 'excerpt' | null;

/** `attribution` is the best reading of who said it; adjacent rules are those that frame the quote as speech. */
export function notQuote(c: QuoteContext, text: string, attribution: Attribution | null, previousDropped = false, curlyDocument = false): NotQuote {
  const inner = text.slice(c.q.start, c.q.end);
  const words = leadingWords(inner, 11);
  const prev = c.before.length ? c.before[c.before.length - 1] : null;
  const prev2 = c.before.length > 1 ? c.before[c.before.length - 2] : null;
  if (prev && (SCARE_MARKERS.has(prev.lower) || (prev.lower === 'called' && prev2?.lower === 'so'))) return 'scare';
  // A transcript line ('"PENCE: Well, look, ...') is speech however it is marked.
  if (attribution?.rule !== 'transcript-label' && isExcerpt(text, c.q, curlyDocument)) return 'excerpt';
  if (namedAs(c.before) || workInApposition(c.before, inner) || parentheticalCitation(c, inner)) return 'title';
  // 'Marcia "Cia" Price': a nickname inside a name.
  const next = c.after[0];
  if (prev?.cap && !prev.punct && next?.cap && !next.punct && words.length <= 3 && c.q.end + c.q.closeLen === next.start - 1) return 'title';
  // '"..." (2015)': a dated slogan, poster or work.
  if (next?.text === '(' && /^(1[89]|20)\d\d$/.test(c.after[1]?.text ?? '')) return 'title';
  // '..., by Times’ Ben Sisario: "..."': an article's excerpt introduced by its byline.
  if (c.before[0]?.lower === 'by' && prev?.text === ':') return 'title';
  // '"ambassador," "attack," ... and "talking points"': a list continues what the first item was.
  // Only the list's own joiners stand between the two ('"reporter," saying, "A reporter who ..."' is speech).
  const joinedOnly = c.before.length <= 2 && c.before.every((t) => t.text === ',' || t.lower === 'and' || t.lower === 'or');
  if (previousDropped && prev && joinedOnly && words.length <= 6) return 'scare';
  // '"Sam Mendes leaves ‘Chocolate Factory’," by Times’ Michael Paulson': a headline with its byline.
  if (next && next.lower === 'by' && c.after[1]?.cap) return 'title';
  const framed = attribution !== null && !attribution.rule.endsWith('embedded');
  // Titles keep US-style punctuation inside the marks ('"Meet the Press."'); a full stop inside is speech.
  const sentenceLike = /[.!?]\s+\S/.test(inner);
  const exclaimsAlone = (c.before.length === 0 || prev?.text === ':') && /[!?]$/.test(inner);
  if (isTitleCase(words) && !sentenceLike && !exclaimsAlone && (!framed || titlePosition(c.before))) return 'title';
  // A short unattributed fragment is a scare quote, unless it is a whole sentence of its own ('"Nooooo!"').
  const standsAlone = c.before.length === 0 || prev?.text === ':';
  // The second half of a split quote is speech however short ('"...," the investor said, "that’s even worse."').
  if (attribution === null && words.length <= 4 && !(standsAlone && /[.!?]$/.test(inner)) && !splitSpeech(c)) return 'scare';
  return null;
}

/** The first `max` words of a quote: every rule here needs only to know whether it is short or title-like. */
function leadingWords(inner: string, max: number): string[] {
  const out: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(inner); m && out.length < max; m = WORD.exec(inner)) {
    if (m[0].length < 200) {
      out.push(m[0]);
      continue;
    }
    WORD_END.lastIndex = WORD.lastIndex;
    const end = WORD_END.exec(inner)?.index ?? inner.length;
    out.push(inner.slice(m.index, end));
    WORD.lastIndex = end;
  }
  return out;
}
