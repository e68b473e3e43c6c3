import { TITLE_ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { NAME_SUFFIXES } from '../../lexicon/person-titles.js';

/** A word or a punctuation mark of one sentence, with document offsets. */
export interface Token {
  text: string;
  /** Lower case, without a final full stop ("gen." → "gen", "u.s." → "u.s"). */
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with a capital letter (or is a lower-case particle joined to one: "al-Aqsa"). */
  cap: boolean;
  /** Every letter is a capital ("NATO", "LONDON", "U.S."). */
  upper: boolean;
  /** An initial: one capital letter with its full stop ("P."), or several ("J.R."). */
  initial: boolean;
}

// A word is letters/digits joined by apostrophes, hyphens, dots or ampersands
// ("O'Neill", "Chester-le-Street", "U.S", "AT&T"); anything else is one punctuation
// token. Each repetition must start with a joiner, so the pattern cannot backtrack
// catastrophically.
const TOKEN = /([\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-.&][\p{L}\p{M}\p{N}]+)*)|(\S)/gu;
const POSSESSIVE = /['’][sS]$/;
const UPPER = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
const CAP = /^\p{Lu}/u;
const JOINED_CAP = /^\p{Ll}{1,3}[-'’]\p{Lu}/u;

/** Tokens of text[start, end). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const s = text.slice(start, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m; m = TOKEN.exec(s)) {
    const at = start + m.index;
    if (m[2] !== undefined) {
      out.push(punct(m[2], at));
      continue;
    }
    let w = m[1];
    // "Putin's" → "Putin" + "'s": the possessive is outside every span.
    if (POSSESSIVE.test(w) && w.length > 2 && !/^[\p{L}]['’]/u.test(w)) {
      out.push(word(w.slice(0, -2), at, false));
      out.push(punct(w.slice(-2), at + w.length - 2));
      TOKEN.lastIndex = m.index + m[0].length;
      continue;
    }
    // A full stop belongs to an initial, an abbreviation or a dotted acronym ("P.", "Gen.", "U.S.").
    const dotted = s[m.index + w.length] === '.' && takesDot(w);
    if (dotted) {
      w += '.';
      TOKEN.lastIndex = m.index + w.length;
    }
    out.push(word(w, at, dotted));
  }
  return out;
}

function takesDot(w: string): boolean {
  if (/^\p{Lu}$/u.test(w)) return true;
  if (/^(\p{L}\.)+\p{L}$/u.test(w)) return true;
  const l = w.toLowerCase();
  return TITLE_ABBREVIATIONS.has(l) || NAME_SUFFIXES.has(l);
}

function word(text: string, start: number, dotted: boolean): Token {
  const lower = (dotted ? text.slice(0, -1) : text).toLowerCase();
  return {
    text,
    lower,
    start,
    end: start + text.length,
    word: true,
    cap: CAP.test(text) || JOINED_CAP.test(text),
    upper: UPPER.test(text),
    initial: /^(\p{Lu}\.)+$/u.test(text) && text.length <= 4,
  };
}

function punct(text: string, start: number): Token {
  return { text, lower: text, start, end: start + text.length, word: false, cap: false, upper: false, initial: false };
}

/** True when the letters of text[start, end) are (almost) all capitals: a headline or dateline. */
export function isAllCaps(text: string, start: number, end: number): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
  }
  return upper >= 4 && lower <= upper * 0.1;
}
