import { NAMING_AS, NAMING_VERBS, TITLE_CONTEXT, WORK_NOUNS } from '../../lexicon/title-contexts.js';
import { SPEECH_VERBS } from '../../lexicon/speech-verbs.js';
import type { QuoteContext } from './clauses.js';
import type { Token } from './tokens.js';

// Quoted titles of works, shows, events and coined names: the quote names a
// thing rather than reporting what someone said. Each rule reads the words
// right around the marks; none looks further than a few tokens.

const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'vs', 'vs.', 'is', 'as', 'but', 'nor', 'de', 'la', 'du', 'von']);

/** Every significant word capitalised (or a number): "Meet the Press", "2025 Bucha Summit". */
export function isTitleCase(words: string[]): boolean {
  if (words.length === 0 || words.length > 10) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(words[0])) return false;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || SMALL_WORDS.has(w.toLowerCase()));
}

/** A show is told things or appeared on, not quoted: 'told "Fox and Friends,"', 'on "Meet the Press."' */
const TITLE_PREPOSITIONS = new Set(['told', 'on', 'with', 'to', 'in', 'from', 'at', 'of', 'for', 'about']);
const APPOSITION = new Set([',', '—', '–', ':']);
const OBJECT_WORDS = new Set(['it', 'him', 'her', 'them', 'me', 'us', 'you', 'he', 'she', 'they', 'also', 'has', 'had', 'have', 'was', 'is', 'be', 'been', 'being', 'were', 'are']);

/**
 * A title-case quote in a title's position: after a title noun ('the
 * documentary “Weiner.”', 'a referendum — “No to Free Lawyers”'), after a
 * possessive ('NBC’s “Meet the Press”', 'Fox News channel’s “Sunday Morning
 * Futures”'), after a preposition a show takes ('on "Good Morning America"'),
 * or named by 'a show called “Brokers”' (a noun before the verb: 'Trump called
 * Cruz "Lyin’ Ted"' is a characterisation, not a name).
 */
export function titlePosition(before: Token[]): boolean {
  const n = before.length;
  const prev = n ? before[n - 1] : null;
  const prev2 = n > 1 ? before[n - 2] : null;
  const prev3 = n > 2 ? before[n - 3] : null;
  if (!prev) return false;
  if (TITLE_CONTEXT.has(prev.lower) || TITLE_PREPOSITIONS.has(prev.lower)) return true;
  if (/\p{L}['’]s$/u.test(prev.text) || ((prev.text === '’' || prev.text === "'") && /s$/.test(prev2?.text ?? ''))) return true;
  if (APPOSITION.has(prev.text) && prev2 && TITLE_CONTEXT.has(prev2.lower)) return true;
  return NAMING_VERBS.has(prev.lower) && prev2 !== null && !prev2.punct && !prev2.cap && !OBJECT_WORDS.has(prev2.lower) && !SPEECH_VERBS.has(prev2.lower) && prev3 !== null;
}

/**
 * A name given to someone or something, whatever its case: 'the hacker known as
 * “Guccifer”', 'a business pitched as “the ultimate destination for ...”'.
 */
export function namedAs(before: Token[]): boolean {
  const n = before.length;
  return n > 1 && before[n - 1].lower === 'as' && NAMING_AS.has(before[n - 2].lower);
}

/**
 * A written work's title in apposition to its noun, whatever its case: 'Ouisa
 * Davis’ commentary, "Melania, tell your immigrant story," is very thoughtful',
 * 'In Sen. Jeff Sessions’ column on Aug. 10, "The piling on must stop," the
 * Republican ...'. The work noun stands at most five words before the comma,
 * with no reporting verb between ('the column, he said, "..."' is speech).
 */
export function workInApposition(before: Token[], inner: string): boolean {
  const n = before.length;
  if (n < 2 || before[n - 1].text !== ',' || !/,$/.test(inner)) return false;
  for (let k = n - 2; k >= 0 && n - 2 - k < 5; k--) {
    const t = before[k];
    if (WORK_NOUNS.has(t.lower)) return true;
    if (t.text === ',' || SPEECH_VERBS.has(t.lower)) return false;
  }
  return false;
}

/**
 * A citation in parentheses: '(“Romney blasts Trump as a ‘fraud’ Clinton would
 * beat,” USATODAY.com, Thursday)' — the headline of the article a letter
 * answers, followed by where it ran.
 */
export function parentheticalCitation(c: QuoteContext, inner: string): boolean {
  const prev = c.before.length ? c.before[c.before.length - 1] : null;
  const next = c.after[0];
  return prev?.text === '(' && /,$/.test(inner) && next !== undefined && next.cap && !SPEECH_VERBS.has(c.after[1]?.lower ?? '');
}
