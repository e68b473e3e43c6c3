import { SPORTS_WORDS } from '../../lexicon/sports-cues.js';
import type { Mention } from './classify.js';
import type { Token } from './tokens.js';

/** Sports cue words and score-like numbers ("2-1", "429-7") per thousand words above which a text is a sports report. */
const SPORTS_DENSITY = 25;
const SCORE = /^\d{1,3}-\d{1,3}$/;

// The first three letters of every cue word (the third may be none or not a letter): most
// words fail this test without a hash lookup. Cue words whose first two characters are not
// both letters are never looked up.
const CUE_PREFIXES = new Uint8Array(26 * 26 * 27);
for (const w of SPORTS_WORDS) {
  const p = prefix(w);
  if (p >= 0) CUE_PREFIXES[p] = 1;
}

function prefix(lower: string): number {
  const a = lower.charCodeAt(0) - 97;
  const b = lower.charCodeAt(1) - 97;
  if (!(a >= 0 && a < 26 && b >= 0 && b < 26)) return -1;
  const c = lower.charCodeAt(2) - 97;
  return (a * 26 + b) * 27 + (c >= 0 && c < 26 ? c : 26);
}

/** Counts the sports evidence of one sentence's tokens into `tally`; true when the sentence has a number. */
export function tallySports(tokens: readonly Token[], tally: { words: number; cues: number }): boolean {
  let numbers = false;
  for (const t of tokens) {
    if (!t.word) continue;
    tally.words++;
    const c = t.text.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      numbers = true;
      if (SCORE.test(t.text)) tally.cues++;
    } else {
      const p = prefix(t.lower);
      if (p >= 0 && CUE_PREFIXES[p] === 1 && SPORTS_WORDS.has(t.lower)) tally.cues++;
    }
  }
  return numbers;
}

export function isSportsReport(tally: { words: number; cues: number }): boolean {
  return tally.words > 0 && (tally.cues * 1000) / tally.words >= SPORTS_DENSITY;
}

const VENUE_PREPOSITIONS = new Set(['in', 'at', 'near', 'to', 'from', 'outside', 'hosts', 'visit', 'visiting']);

/**
 * In a sports report a town or county is the team unless it is clearly the venue:
 * after "in"/"at", or heading a results line ("Leicester: Leicestershire beat ...").
 * Countries, continents and datelines keep their place reading.
 */
export function isTeamName(m: Mention): boolean {
  const kind = m.place?.kind;
  if (m.label !== 'LOC' || !(kind === 'city' || kind === 'region')) return false;
  const c = m.cand;
  const prev = c.tokens[c.i - 1];
  const next = c.tokens[c.j];
  if (prev && prev.word && VENUE_PREPOSITIONS.has(prev.lower)) return false;
  if (next && (next.text === ':' || next.text === ',') && c.i === 0) return false;
  if (next && next.text === '(' ) return false;
  return true;
}
