import { DETERMINERS, SUBJECT_PRONOUNS } from '../../../lexicon/speaker-words.js';
import type { Token } from '../tokens.js';
import { PHRASE_STOPS, isGroupHead } from './group.js';
import { SUFFIXES, isNameToken, makeMention, mentionFromRun, runStart } from './name-run.js';
import type { Mention } from './types.js';

/**
 * The subject that follows an inverted verb at index k: '"...," said former
 * Wisconsin Gov. Jim Doyle', 'said Katie Packer, who runs ...', 'said one
 * former executive who requested anonymity', 'says the Foreign Ministry'.
 */
export function subjectAfter(tokens: Token[], k: number, text: string): Mention | null {
  let i = k + 1;
  while (i < tokens.length && !tokens[i].punct && /^[a-z]+ly$/.test(tokens[i].text)) i++;
  if (i >= tokens.length) return null;
  if (SUBJECT_PRONOUNS.has(tokens[i].lower) && tokens[i].lower !== 'it') return makeMention(tokens, i, i, text, 'pronoun');
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
      if (b + 1 < e && isGroupHead(tokens[b + 1].lower)) return makeMention(tokens, a, b + 1, text, 'group');
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
  return makeMention(tokens, a, e - 1, text, 'group');
}
