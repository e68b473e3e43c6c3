import { DETERMINERS, GROUP_HEADS, TITLE_WORDS } from '../../../lexicon/speaker-words.js';
import type { Mention } from '../mention.js';
import { subjectAfter, subjectBefore } from '../speaker-mention.js';
import type { Token } from '../tokens.js';
import { isCueAfterQuote, isInverting } from './cues.js';
import type { Attribution } from './types.js';

// Punctuation between the quote's words and its reporting clause, including a
// stray mark left over from an inch sign or a nested quote ('6’2”,” Rubio said').
const LEAD = /^[,—–\-:;"“”'‘’]$/;
/** How far after the quote the reporting verb may stand: long subjects ('Brent Bozell III, founder of ..., tells') included. */
const WINDOW = 30;

/**
 * The reporting clause right after a quote: '"...," X said', '"...," said X',
 * '"...," X told reporters', '"...," X wrote on social media', '"..." X added'.
 * The subject must open the clause, so '"..." is a phrase Trump said often'
 * is not taken.
 */
export function afterQuote(tokens: Token[], text: string, from = 0, rule = 'after'): Attribution | null {
  let i = from;
  while (i < tokens.length && tokens[i].punct && LEAD.test(tokens[i].text)) i++;
  for (let k = i; k < Math.min(tokens.length, i + WINDOW); k++) {
    if (!isCueAfterQuote(tokens[k])) continue;
    if (k === i) {
      // Any reporting verb may precede its subject here ('," read the statement') except "told".
      // A participle never does ('"disturbing," adding another layer').
      if (tokens[k].lower.endsWith('ing')) return null;
      if (!isInverting(tokens[k]) && (tokens[k].lower.startsWith('tel') || tokens[k].lower === 'told')) return null;
      const m = subjectAfter(tokens, k, text);
      return m ? { mention: m, cue: tokens[k].lower, rule: `${rule}:said-X` } : null;
    }
    const m = subjectBefore(tokens, k, text) ?? describedSubject(tokens, i, k, text);
    return m && opensClause(tokens, i, m) ? { mention: m, cue: tokens[k].lower, rule: `${rule}:X-said` } : null;
  }
  return null;
}

/**
 * Only a speaker's description stands between the clause start and the
 * subject ('Trump spokesperson Ron Lieberman told', 'councilmember Mark Levine
 * said'): determiners, titles, role nouns, possessors, names, and for a named
 * person up to three other words — but no verb or clause word ('"..." is a
 * phrase Trump said often').
 */
function opensClause(tokens: Token[], i: number, m: Mention): boolean {
  let other = 0;
  for (let j = i; j < tokens.length && tokens[j].start < m.start; j++) {
    const t = tokens[j];
    if (t.punct && t.text !== '-') return false;
    if (t.cap || DETERMINERS.has(t.lower) || TITLE_WORDS.has(t.lower) || GROUP_HEADS.has(t.lower) || /['’]s?$/.test(t.text)) continue;
    if (m.type !== 'person' || CLAUSE_WORDS.has(t.lower) || ++other > 3) return false;
  }
  return true;
}

const CLAUSE_WORDS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'that', 'which', 'who', 'and', 'but', 'or', 'to', 'of', 'in', 'on', 'at', 'for', 'with', 'by', 'as', 'when', 'after', 'before', 'if', 'than', 'not', 'it', 'this', 'what', 'how', 'why']);

/** '"...," the 43-year-old asked', '"...," the committee chairmen wrote': a determiner and nouns up to the verb. */
function describedSubject(tokens: Token[], i: number, k: number, text: string): Mention | null {
  // 'the committee chairmen', or a demonym and a plural noun ('— Chinese soldiers warn').
  const det = DETERMINERS.has(tokens[i].lower);
  if (k - i < 2 || k - i > 6 || !(det || (tokens[i].cap && k - i <= 3))) return null;
  for (let j = i + 1; j < k; j++) if (tokens[j].punct || CLAUSE_WORDS.has(tokens[j].lower)) return null;
  const start = tokens[det ? i + 1 : i].start;
  const end = tokens[k - 1].end;
  return { start, end, text: text.slice(start, end), type: 'group' };
}
