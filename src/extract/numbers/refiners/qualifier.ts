import { QUALIFIERS } from '../../../lexicon/number-context.js';
import type { NumberRefiner } from '../amount.js';
import { isRegexSpace, L, wordBefore } from '../context.js';

// Qualifiers before an amount go to `approximate`, outside the span: "more
// than 150", "at least 155", "nearly 300", "some 12,000", "up to $5
// million". A vague amount keeps its own quantifier unless a qualifier is
// written ("at least several hundred" → "at least").

const escape = (q: string) => q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const BEFORE = new RegExp(`(?:^|[^${L}])(${[...QUALIFIERS].sort((a, b) => b.length - a.length).map(escape).join('|')})\\s+$`, 'i');
const LOOK_BACK = 28;

/** The last word of every qualifier: the regex runs only after one of them. */
const LAST_WORDS: ReadonlySet<string> = new Set(QUALIFIERS.map((q) => q.split(' ').pop()!.replace(/\.$/, '')));

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
    const w = wordBefore(s.text, a.start);
    if (!w || !LAST_WORDS.has(withoutStop(w.word.toLowerCase()))) {
      if (!stopJustBefore(s.text, a.start)) continue;
    }
    const m = BEFORE.exec(s.text.slice(Math.max(0, a.start - LOOK_BACK), a.start));
    if (m) a.approximate = m[1].toLowerCase().replace(/\s+/g, ' ');
  }
  return amounts;
};
