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
const TOKEN = /[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Tokens of text[start, end). A period after an abbreviation or initial stays on its word ("Gov.", "J."). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    let word = m[0];
    const s = start + m.index;
    const first = word.charCodeAt(0);
    const isWord = /[\p{L}\p{N}]/u.test(word[0]);
    if (isWord && slice[m.index + word.length] === '.' && keepsPeriod(word)) {
      word += '.';
      TOKEN.lastIndex++;
    }
    out.push({
      text: word,
      lower: word.toLowerCase(),
      start: s,
      end: s + word.length,
      cap: isWord && first !== word.toLowerCase().charCodeAt(0),
      punct: !isWord,
    });
  }
  return out;
}

function keepsPeriod(word: string): boolean {
  const w = word.toLowerCase();
  return TITLE_ABBREVIATIONS.has(w) || (word.length === 1 && word !== word.toLowerCase()) || word.includes('.');
}
