import { SCARE_MARKERS, TITLE_CONTEXT } from '../../lexicon/title-contexts.js';
import type { Attribution } from './attribution/types.js';
import type { QuoteContext } from './clauses.js';

// Quotation marks that do not mark speech: titles of works and events
// ('“Saturday Night Live”', '"2025 Bucha Summit"'), scare quotes and coined
// labels ('so-called “establishment”'). Decided from the quoted words' shape
// and the words around them, and from whether anyone is said to have said them.

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'vs', 'vs.', 'is', 'as', 'but', 'nor', 'de', 'la', 'du', 'von']);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’\-.]*/gu;

/** Every significant word capitalised (or a number): "Meet the Press", "2025 Bucha Summit". */
export function isTitleCase(words: string[]): boolean {
  if (words.length === 0 || words.length > 10) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(words[0])) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL_WORDS.has(w.toLowerCase()));
}

const TITLE_PREPOSITIONS = new Set(['told', 'on', 'with', 'to', 'in', 'from', 'at', 'of', 'for', 'about']);

export type NotQuote = 'title' | 'scare' | null;

/** `attribution` is the best reading of who said it; adjacent rules are those that frame the quote as speech. */
export function notQuote(c: QuoteContext, text: string, attribution: Attribution | null, previousDropped = false): NotQuote {
  const inner = text.slice(c.q.start, c.q.end);
  const words = inner.match(WORD) ?? [];
  const prev = c.before.length ? c.before[c.before.length - 1] : null;
  const prev2 = c.before.length > 1 ? c.before[c.before.length - 2] : null;
  if (prev && (SCARE_MARKERS.has(prev.lower) || (prev.lower === 'called' && prev2?.lower === 'so'))) return 'scare';
  // 'Marcia "Cia" Price': a nickname inside a name.
  const next = c.after[0];
  if (prev?.cap && !prev.punct && next?.cap && !next.punct && words.length <= 3 && c.q.end + c.q.closeLen === next.start - 1) return 'title';
  // '"..." (2015)': a dated slogan, poster or work.
  if (next?.text === '(' && /^(1[89]|20)\d\d$/.test(c.after[1]?.text ?? '')) return 'title';
  // '..., by Times’ Ben Sisario: "..."': an article's excerpt introduced by its byline.
  if (c.before[0]?.lower === 'by' && prev?.text === ':') return 'title';
  // '"ambassador," "attack," ... and "talking points"': a list continues what the first item was.
  if (previousDropped && prev && (prev.text === ',' || prev.lower === 'and' || prev.lower === 'or') && words.length <= 6) return 'scare';
  // '"Sam Mendes leaves ‘Chocolate Factory’," by Times’ Michael Paulson': a headline with its byline.
  if (next && next.lower === 'by' && c.after[1]?.cap) return 'title';
  const framed = attribution !== null && !attribution.rule.endsWith('embedded');
  // Titles keep US-style punctuation inside the marks ('"Meet the Press."'); a full stop inside is speech.
  const sentenceLike = /[.!?]\s+\S/.test(inner);
  const exclaimsAlone = (c.before.length === 0 || prev?.text === ':') && /[!?]$/.test(inner);
  if (isTitleCase(words) && !sentenceLike && !exclaimsAlone) {
    // 'NBC’s "Meet the Press"', 'the documentary “Weiner.”', 'on "Good Morning America"'
    // A show is told things or appeared on, not quoted: 'told "Fox and Friends,"', 'on "Meet the Press."'
    const titled = prev !== null && (TITLE_CONTEXT.has(prev.lower) || (/['’]s$/.test(prev.text) && prev.cap) || TITLE_PREPOSITIONS.has(prev.lower) || (prev.text === ',' && TITLE_CONTEXT.has(prev2?.lower ?? '')));
    if (titled || !framed) return 'title';
  }
  // A short unattributed fragment is a scare quote, unless it is a whole sentence of its own ('"Nooooo!"').
  const standsAlone = c.before.length === 0 || prev?.text === ':';
  if (attribution === null && words.length <= 4 && !(standsAlone && /[.!?]$/.test(inner))) return 'scare';
  return null;
}
