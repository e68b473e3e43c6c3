import type { QuoteContext } from './clauses.js';
import { CHARACTERIZING_VERBS } from '../../lexicon/speech-verbs.js';
import { isCue, isCueAfterQuote } from './attribution/cues.js';

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
    // Unless the sentence runs on past the closing mark ('de Blasio said, “I have not heard that
    // particular concern” from New York law enforcement').
    for (let k = b.length - 2; k >= 0 && b.length - k <= 8; k--) if (isCue(b[k])) return runsOn(c, text) ? 'partial' : 'direct';
    // The clause between the halves may be long ('"...," Trump said during a rally in Kenansville,
    // N.C., "but ..."') or use an after-quote verb ('"...," Blackwell continued, "you and I ..."').
    if (splitSpeech(c)) return runsOn(c, text) ? 'partial' : 'direct';
  }
  // 'She says "We worked hard ..."': the words are the verb's whole object — unless they start in
  // lower case and the sentence runs on after them ('Obama said “it gets me mad” every time he ...').
  if (last && isCue(last) && !CHARACTERIZING_VERBS.has(last.lower) && !(lower && runsOn(c, text))) return 'direct';
  // '(“I don’t want fisticuffs,” said one activist.)': a bracket opens a sentence of its own, and the
  // comma closing the words leaves room for their reporting clause. A bare bracketed fragment
  // ('from 1 ("Oh, I'm definitely voting for Eric") to 6') stays partial.
  if (last && (last.text === '(' || last.text === '[') && !lower && /,\s*$/.test(text.slice(c.q.start, c.q.end))) return 'direct';
  if (lower || runsOn(c, text)) return 'partial';
  if (!last || last.text === ',' || last.text === '—' || last.text === '–') return 'direct';
  return 'partial';
}

/**
 * The second half of a quote split by a reporting clause ('"A," he continued, "b."'): the same
 * speech as the first half, whatever case it starts in. A list of fragments ('"Law and Order,"
 * and, yes, "Sanity."') has no reporting verb between them.
 */
export function splitSpeech(c: QuoteContext): boolean {
  return c.splitHalf && c.before.some(isCueAfterQuote);
}

/** The sentence goes on after the closing mark with a lower-case word and no punctuation. */
function runsOn(c: QuoteContext, text: string): boolean {
  // Punctuation closing the words, perhaps inside a nested quote ('... darn it,’”'), ends them.
  if (/[,.!?;:…—–-]['’"”]*$/.test(text.slice(Math.max(c.q.start, c.q.end - 4), c.q.end))) return false;
  const next = c.after[0];
  if (!next || next.punct) return false;
  // '"..." he said' is a reporting clause, not a continuation.
  if (isCue(next) || (c.after[1] && isCue(c.after[1]))) return false;
  if (!next.cap) return true;
  // "'Several hundred' Chinese nationals fighting for Russia": a capitalised word goes on with the
  // noun phrase, unless the words up to the next punctuation hold a reporting verb ('"..." President
  // Obama said').
  for (let k = 0; k < c.after.length && k < 8 && !c.after[k].punct; k++) if (isCueAfterQuote(c.after[k])) return false;
  return true;
}
