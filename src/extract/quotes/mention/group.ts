import { DETERMINERS, GROUP_HEADS, VERB_FILLERS } from '../../../lexicon/speaker-words.js';
import type { Token } from '../tokens.js';
import { makeMention } from './name-run.js';
import type { Mention } from './types.js';

/** Words that end a speaker phrase read forwards ('said Jim Doyle, who ...', 'said Donald Hartley of Madison'). */
export const PHRASE_STOPS = new Set(['who', 'which', 'that', 'of', 'in', 'on', 'at', 'during', 'after', 'before', 'when', 'while', 'as', 'and', 'but', 'to', 'from', 'with', 'about', 'told', 'adding', 'noting', 'because', 'if', 'than', 'for', 'last', 'this', 'earlier', 'later', 'recently', 'yesterday', 'today', 'tonight']);

/** A noun that can head a speaking group or role: "officials", "chairmen", "the 43-year-old". */
export function isGroupHead(lower: string): boolean {
  // Plurals: "officials" → official, "witnesses" → witness, "attendees" → attendee, "chairmen" → chairman.
  return (
    GROUP_HEADS.has(lower) || GROUP_HEADS.has(lower.replace(/s$/, '')) || GROUP_HEADS.has(lower.replace(/es$/, '')) ||
    GROUP_HEADS.has(lower.replace(/men$/, 'man')) || /^\d+-year-old$/.test(lower)
  );
}

/** A described group or role ending at j: "the Chinese Foreign Ministry", "one former executive", "officials". */
export function groupBefore(tokens: Token[], j: number, text: string): Mention | null {
  let a = j;
  while (a > 0 && j - a < 5) {
    const p = tokens[a - 1];
    if (p.punct || DETERMINERS.has(p.lower) || PHRASE_STOPS.has(p.lower) || VERB_FILLERS.has(p.lower)) break;
    a--;
  }
  return makeMention(tokens, a, j, text, 'group');
}
