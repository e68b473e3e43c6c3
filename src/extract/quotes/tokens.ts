import { TITLE_ABBREVIATIONS } from '../../lexicon/abbreviations.js';

/** A word or punctuation mark of a reporting clause, with document offsets. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Starts with a capital letter (names, titles, sentence openers). */
  cap: boolean;
  /** Punctuation, not a word. */
  punct: boolean;
}

// A word: letters or digits, with inner apostrophes, hyphens and periods
// (O’Brien, Smith-Jones, H.W.). Anything else that is not space is one
// punctuation token. Linear: no nested quantifier over overlapping classes.
const TOKEN = /([\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*)|[^\s\p{L}\p{N}]/gu;

/** Tokens of text[start, end). A period after an abbreviation or initial stays on its word ("Gov.", "J."). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let word = m[0];
    const s = start + m.index;
    const isWord = m[1] !== undefined;
    if (isWord && slice.charCodeAt(m.index + word.length) === 0x2e && keepsPeriod(word)) {
      word += '.';
      TOKEN.lastIndex++;
    }
    const lower = word.toLowerCase();
    out.push({ text: word, lower, start: s, end: s + word.length, cap: isWord && word.charCodeAt(0) !== lower.charCodeAt(0), punct: !isWord });
  }
  return out;
}

function keepsPeriod(word: string): boolean {
  const w = word.toLowerCase();
  return TITLE_ABBREVIATIONS.has(w) || (word.length === 1 && word !== word.toLowerCase()) || word.includes('.');
}
