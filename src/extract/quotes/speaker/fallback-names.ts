import { GROUP_HEADS, ORG_DESIGNATORS, TITLE_WORDS } from '../../../lexicon/speaker-words.js';
import type { Span } from '../../../types.js';
import { isGivenName } from './gender.js';
import type { PersonMention } from './people.js';

// The fallback name reader, for when the people extractor did not run (the
// quotes extractor used alone, in tests): a capitalised run is a person when a
// title precedes it ("President Volodymyr Zelenskyy", "The foreign minister,
// Andrii Sybiha") or its first word is a given name; a surname alone then takes
// the fullest form the document uses most ("Clinton" → "Hillary Clinton").

// Alternatives start with distinct characters after a required space, so the regex cannot backtrack badly.
const RUN = /\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|(?:de|van|von|der|bin|ibn|al|da|di|del|du|la|le)(?=[ \u00a0]+\p{Lu})))*/gu;
// The word before a run (read from the 30 characters before it). The lookbehind lets a match start
// only where a word starts: without it each letter of a long word is a start that fails at the end.
const PREVIOUS_WORD = /(?<![\p{L}.])([\p{L}.]+),?\s*$/u;
/** A sentence-final full stop after a word of two letters or more ("said Trump."), not an initial's. */
const FINAL_STOP = /(?<=\p{L}{2})\.$/u;
const ORG_LAST: ReadonlySet<string> = new Set([...GROUP_HEADS, ...ORG_DESIGNATORS]);
/** Capitalised words that open sentences but are never part of a name. */
const NOT_A_NAME = new Set(['the', 'a', 'an', 'but', 'and', 'or', 'so', 'in', 'on', 'at', 'as', 'if', 'when', 'while', 'after', 'before', 'then', 'this', 'that', 'it', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'their', 'our', 'my', 'its', 'there', 'here', 'former', 'asked', 'according']);

interface Word {
  word: string;
  key: string;
  start: number;
}

function splitRun(run: string, at: number): Word[] {
  const out: Word[] = [];
  let i = 0;
  for (const word of run.split(/[ \u00a0]+/)) {
    const start = run.indexOf(word, i);
    i = start + word.length;
    if (word) out.push({ word, key: word.toLowerCase().replace(/\.$/, ''), start: at + start });
  }
  return out;
}

/** Person mentions read from capitalised runs, with canonical names. */
export function readNames(text: string, paragraphs: readonly Span[]): PersonMention[] {
  const out: PersonMention[] = [];
  const singles: { start: number; end: number; word: string }[] = [];
  const bySurname = new Map<string, Map<string, number>>();
  for (const para of paragraphs) {
    RUN.lastIndex = para.start;
    for (let r = RUN.exec(text); r && r.index < para.end; r = RUN.exec(text)) {
      const run = splitRun(r[0], r.index);
      // Everything up to the last title goes ("Ukrainian President Volodymyr Zelenskyy"), then sentence openers.
      let a = 0;
      let title: string | null = null;
      for (let t = 0; t < run.length - 1; t++) {
        if (TITLE_WORDS.has(run[t].key)) {
          title = run[t].word;
          a = t + 1;
        }
      }
      while (a < run.length && NOT_A_NAME.has(run[a].key)) a++;
      if (a >= run.length || ORG_LAST.has(run[run.length - 1].key.replace(/['’]s?$/, ''))) continue; // an organisation
      const words = run.slice(a);
      const last = words[words.length - 1];
      // Possessive and sentence-final full stop are outside the name ("Putin’s", "said Trump.").
      const lastWord = last.word.replace(/['’]s?$/, '').replace(FINAL_STOP, '');
      const end = last.start + lastWord.length;
      if (words.length === 1) {
        singles.push({ start: words[0].start, end, word: lastWord });
        continue;
      }
      const prev = r.index > para.start ? PREVIOUS_WORD.exec(text.slice(Math.max(para.start, r.index - 30), r.index)) : null;
      if (prev && TITLE_WORDS.has(prev[1].toLowerCase().replace(/\.$/, ''))) title ??= prev[1];
      else if (title === null && !isGivenName(words[0].word)) continue;
      const name = [...words.slice(0, -1).map((w) => w.word), lastWord].join(' ');
      out.push({ start: words[0].start, end, name, title });
      const forms = bySurname.get(lastWord) ?? new Map<string, number>();
      forms.set(name, (forms.get(name) ?? 0) + 1);
      bySurname.set(lastWord, forms);
    }
  }
  // A surname alone is a person once the document has used the full name: the form used most.
  for (const s of singles) {
    const forms = bySurname.get(s.word);
    if (!forms) continue;
    let best = s.word;
    let bestCount = 0;
    for (const [form, count] of forms) if (count > bestCount || (count === bestCount && form.length > best.length)) [best, bestCount] = [form, count];
    out.push({ start: s.start, end: s.end, name: best, title: null });
  }
  return out;
}
