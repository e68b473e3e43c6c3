import type { QuoteContext } from './clauses.js';
import { CHARACTERIZING_VERBS } from '../../lexicon/speech-verbs.js';
import { isCue } from './attribution/cues.js';

/**
 * Direct speech stands on its own: it opens the sentence or paragraph, follows
 * a colon, or follows a comma or a verb of its reporting clause ('X said, "We
 * will..."'). A quote that continues the words of the sentence ('called the
 * claims "groundless"', 'said that "..."', 'a "firm and principled response"')
 * is partial; so is one that starts in lower case, or after which the sentence
 * runs on ('"We’re extremely happy" about the decision').
 */
export function quoteKind(c: QuoteContext, text: string): 'direct' | 'partial' {
  const inner = text.slice(c.q.start, Math.min(c.q.end, c.q.start + 8));
  const letter = /\p{L}/u.exec(inner);
  const lower = letter !== null && letter[0] !== letter[0].toUpperCase() && letter.index <= 1;
  const b = c.before;
  const last = b.length ? b[b.length - 1] : null;
  if (last?.text === ':') return 'direct';
  if (last && (last.text === ',' || last.text === '—' || last.text === '–')) {
    // 'X said, "We ..."' and a split quote's second half ('"...," the judge exclaimed, "has totally ..."').
    for (let k = b.length - 2; k >= 0 && b.length - k <= 8; k--) if (isCue(b[k])) return 'direct';
  }
  // 'She says "we worked hard ..."': the words are the verb's whole object.
  if (last && isCue(last) && !CHARACTERIZING_VERBS.has(last.lower)) return 'direct';
  if (lower || runsOn(c, text)) return 'partial';
  if (!last || last.text === ',' || last.text === '—' || last.text === '–') return 'direct';
  return 'partial';
}

/** The sentence goes on after the closing mark with a lower-case word and no punctuation. */
function runsOn(c: QuoteContext, text: string): boolean {
  if (/[,.!?;:…—–-]$/.test(text.slice(c.q.end - 1, c.q.end))) return false;
  const next = c.after[0];
  if (!next || next.punct || next.cap) return false;
  // '"..." he said' is a reporting clause, not a continuation.
  if (isCue(next) || (c.after[1] && isCue(c.after[1]))) return false;
  return true;
}
