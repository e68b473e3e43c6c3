import { QUALIFIERS } from '../../../lexicon/number-context.js';
import type { NumberRefiner } from '../amount.js';
import { isRegexSpace, L, wordBefore } from '../context.js';

// Qualifiers before an amount go to `approximate`, outside the span: "more
// than 150", "at least 155", "nearly 300", "some 12,000", "up to $5
// million". A vague amount keeps its own quantifier unless a qualifier is
// written ("at least several hundred" → "at least"). Quote marks around the
// words do not hide them: `had “significantly more” than two`, `at least
// "several hundred"` (the quote marks are left out of `approximate`).

/**
 * Between two words of a qualifier, and between it and the amount: spaces, or
 * a quote mark with spaces around it (the lookahead before it asks for one of
 * the two). Written so that no two parts can take the same spaces.
 */
const GAP = '\\s*(?:["“”‘’]\\s*)?';
const escape = (q: string) => q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, `(?=[\\s"“”‘’])${GAP}`);
const LONGEST_FIRST = [...QUALIFIERS].sort((a, b) => b.length - a.length);
const before = (qs: string[]) => new RegExp(`(?:^|[^${L}])(${qs.map(escape).join('|')})(?=[\\s"“”‘’])${GAP}$`, 'i');
const BEFORE = before(LONGEST_FIRST);
const LOOK_BACK = 32;
const QUOTE_OR_SPACE = /[\s"“”‘’]/;
const QUOTE_MARKS = /["“”‘’]/g;

const lastWord = (q: string) => q.split(' ').pop()!.replace(/\.$/, '');
/** The last word of every qualifier: the regex runs only after one of them. */
const LAST_WORDS: ReadonlySet<string> = new Set(QUALIFIERS.map(lastWord));
/**
 * BEFORE cut down to the qualifiers that end in a given word: after "to" only
 * "up to" and "close to" can match, and a short alternation is tried faster.
 */
const BEFORE_BY_LAST: ReadonlyMap<string, RegExp> = new Map([...LAST_WORDS].map((w) => [w, before(LONGEST_FIRST.filter((q) => lastWord(q) === w))]));

function withoutStop(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** A full stop, then only spaces, in the three characters before `pos` ("c. 300", "approx. 5"). */
function stopJustBefore(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 3);
  let k = pos - 1;
  while (k >= from && isRegexSpace(text.charCodeAt(k))) k--;
  return k >= from && text[k] === '.';
}

export const takeQualifiers: NumberRefiner = (amounts, s) => {
  for (const a of amounts) {
    if (a.kind === 'ordinal') continue;
    // Quote marks between the qualifier and the amount (`at least "several hundred"`, `“more than” 150`) are looked past.
    let at = a.start;
    while (at > 0 && QUOTE_OR_SPACE.test(s.text[at - 1]) && a.start - at < 4) at--;
    const w = wordBefore(s.text, at);
    const last = w ? withoutStop(w.word.toLowerCase()) : '';
    const re = BEFORE_BY_LAST.get(last) ?? (stopJustBefore(s.text, at) ? BEFORE : null);
    if (!re) continue;
    const m = re.exec(s.text.slice(Math.max(0, a.start - LOOK_BACK), a.start));
    if (m) a.approximate = m[1].toLowerCase().replace(QUOTE_MARKS, '').replace(/\s+/g, ' ').trim();
  }
  return amounts;
};
