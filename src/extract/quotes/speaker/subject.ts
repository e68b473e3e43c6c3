import { DETERMINERS, GROUP_HEADS, TITLE_WORDS } from '../../../lexicon/speaker-words.js';
import type { Span } from '../../../types.js';
import { clauseStart } from '../mention/clause-subject.js';
import type { QuoteSpan } from '../scanner.js';
import { tokenize, type Token } from '../tokens.js';
import type { DocPeople, PersonMention } from './people.js';

/** What opens a sentence's main clause: a known person, a personal pronoun, or neither. */
export type Subject = { person: PersonMention } | { pronoun: string; start: number } | null;

const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we']);
/** How many tokens of a sentence's start are read for its subject. */
const REACH = 24;

/**
 * The subject of the sentence `s`, read from its opening words outside quotes:
 * after an introductory phrase ("On Tuesday,"), over determiners, titles,
 * demonyms and role nouns ("Ukrainian President", "The foreign minister,"),
 * the first person who is not a possessor or a modifier ("Trump’s campaign
 * manager Corey Lewandowski" → Lewandowski; "the Trump campaign" → none).
 * Grammatical subjects are what a later "he" or "she" most often refers to.
 */
export function sentenceSubject(text: string, s: Span, quotes: readonly QuoteSpan[], people: DocPeople): Subject {
  const tokens = outsideQuotes(tokenize(text, s.start, Math.min(s.end, s.start + 300)), quotes);
  const n = Math.min(tokens.length, REACH);
  // 'According to Ham, the administration has ...': the source of the sentence stands for its subject.
  if (n > 2 && tokens[0].lower === 'according' && tokens[1].lower === 'to') {
    const p = people.at(tokens[2]);
    if (p) return { person: p };
  }
  let commas = 0;
  for (let j = clauseStart(tokens, n); j < n; j++) {
    const t = tokens[j];
    if (PRONOUNS.has(t.lower)) return { pronoun: t.lower, start: t.start };
    const p = t.cap ? people.at(t) : null;
    if (p) {
      let k = j;
      while (k + 1 < n && tokens[k + 1].start < p.end) k++;
      const next = tokens[k + 1];
      const possessive = /['’]s?$/.test(tokens[k].text) || next?.text === '’' || next?.text === "'";
      const modifier = next !== undefined && !next.cap && !next.punct && (GROUP_HEADS.has(next.lower) || TITLE_WORDS.has(next.lower));
      if (!possessive && !modifier) return { person: p };
      j = k;
      continue;
    }
    if (t.punct) {
      // One apposition: 'The foreign minister, Andrii Sybiha, said'.
      if (t.text === ',' && commas++ === 0) continue;
      if (t.text === '-' || t.text === '’' || t.text === "'") continue;
      return null;
    }
    if (!(t.cap || DETERMINERS.has(t.lower) || TITLE_WORDS.has(t.lower) || GROUP_HEADS.has(t.lower) || /^\d/.test(t.text))) return null;
  }
  return null;
}

/** The tokens outside quote marks and the words between them. */
function outsideQuotes(tokens: Token[], quotes: readonly QuoteSpan[]): Token[] {
  if (tokens.length === 0) return tokens;
  let q = firstEndingAfter(quotes, tokens[0].start);
  return tokens.filter((t) => {
    while (q < quotes.length && quotes[q].close + quotes[q].closeLen <= t.start) q++;
    return !(q < quotes.length && quotes[q].open <= t.start);
  });
}

export function firstEndingAfter(spans: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
