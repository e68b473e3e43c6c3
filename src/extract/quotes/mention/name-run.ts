import { GROUP_HEADS, ORG_DESIGNATORS, TITLE_WORDS } from '../../../lexicon/speaker-words.js';
import type { Token } from '../tokens.js';
import type { Mention } from './types.js';

// Capitalised name runs among a reporting clause's tokens: where a run starts
// and ends, and what it names once leading titles are stripped.

const PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'da', 'di', 'del', 'della', 'du', 'la', 'le', 'dos', 'das']);
export const SUFFIXES = new Set(['jr.', 'sr.', 'jr', 'sr', 'ii', 'iii', 'iv']);
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
export function runStart(tokens: Token[], j: number): number {
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
  if (isGroup) return makeMention(tokens, a > 0 && tokens[a - 1].cap && isPossessive(tokens[a - 1]) ? a - 1 : a, b, text, 'group');
  let s = a;
  for (let i = a; i <= b; i++) if (TITLE_WORDS.has(tokens[i].lower.replace(/\.$/, ''))) s = i + 1;
  if (s > b) return null; // only titles: "the President said" is a description, handled as a group
  return makeMention(tokens, s, b, text, 'person');
}

/** The mention over tokens[a..b]; a possessive ending is outside it ("Putin’s" → "Putin"). */
export function makeMention(tokens: Token[], a: number, b: number, text: string, type: Mention['type']): Mention {
  let end = tokens[b].end;
  const m = /['’]s?$/.exec(tokens[b].text);
  if (m && tokens[b].text.length > m[0].length) end -= m[0].length;
  return { start: tokens[a].start, end, text: text.slice(tokens[a].start, end), type };
}
