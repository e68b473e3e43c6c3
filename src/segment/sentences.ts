import type { Span } from '../types.js';
import { OTHER_ABBREVIATIONS, TITLE_ABBREVIATIONS } from '../lexicon/abbreviations.js';

// A candidate boundary: terminal punctuation, any closing quotes or brackets,
// then whitespace. Whether it really ends the sentence is decided in code.
const BOUNDARY = /([.!?…]+)(["'”’»)\]]*)(\s+)/g;

/** Splits one paragraph [start, end) of `text` into sentence spans. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  const para = text.slice(start, end);
  let sentStart = 0;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(para); m; m = BOUNDARY.exec(para)) {
    const punctEnd = m.index + m[1].length + m[2].length;
    const next = para.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (!next || !startsSentence(next)) continue;
    if (m[1] === '.' && m[2] === '' && isAbbreviation(para, m.index, next)) continue;
    out.push({ start: start + sentStart, end: start + punctEnd });
    sentStart = m.index + m[0].length;
  }
  if (sentStart < para.length) out.push({ start: start + sentStart, end });
  return out;
}

function startsSentence(next: string): boolean {
  return /^["'“‘(\[]?[\p{Lu}\p{N}]/u.test(next);
}

/** The word before the full stop at `dot` is an abbreviation that does not end the sentence. */
function isAbbreviation(para: string, dot: number, next: string): boolean {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(para[s - 1])) s--;
  const word = para.slice(s, dot).toLowerCase();
  if (!word) return false;
  if (TITLE_ABBREVIATIONS.has(word)) return true;
  // A single capital initial ("L. Ron Hubbard") or initials ("J.R.R.").
  if (/^[a-z](\.[a-z])*$/.test(word) && para[s] === para[s].toUpperCase() && word.length <= 5) {
    // "U.S. The next day" — an initialism followed by a common sentence opener still ends.
    return !/^(The|A|An|In|On|But|He|She|It|They|We|I)\b/.test(next + ' ');
  }
  // "No. 5", "Feb. 26": an abbreviation before a number does not end the sentence.
  return OTHER_ABBREVIATIONS.has(word) && /^\d/.test(next);
}
