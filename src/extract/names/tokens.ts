import { TITLE_ABBREVIATIONS } from '../../lexicon/abbreviations.js';
import { NAME_SUFFIXES } from '../../lexicon/person-titles.js';
import { nameKey } from '../../link/similar.js';

const WORD = 1;
const CAP_FLAG = 2;
const UPPER_FLAG = 4;
const INITIAL = 8;

/**
 * A word or a punctuation mark of one sentence, with document offsets. A class with its
 * yes/no properties packed in one number: a corpus makes millions of tokens, and smaller
 * objects are cheaper to make.
 */
export class Token {
  /** The spelling key of link/similar.ts, computed once when first asked for (see `spellingKey`). */
  key: string | undefined = undefined;
  /** What the gazetteer says of `lower` (lex.ts); 0 until asked. */
  lex = 0;
  /** Further answers about the word, two bits each (lex.ts). */
  memo = 0;

  constructor(
    readonly text: string,
    /** Lower case, without a final full stop ("gen." → "gen", "u.s." → "u.s"). */
    readonly lower: string,
    readonly start: number,
    private readonly flags: number,
  ) {}

  get end(): number {
    return this.start + this.text.length;
  }

  get word(): boolean {
    return (this.flags & WORD) !== 0;
  }

  /** Starts with a capital letter (or is a lower-case particle joined to one: "al-Aqsa"). */
  get cap(): boolean {
    return (this.flags & CAP_FLAG) !== 0;
  }

  /** Every letter is a capital ("NATO", "LONDON", "U.S."). */
  get upper(): boolean {
    return (this.flags & UPPER_FLAG) !== 0;
  }

  /** An initial: one capital letter with its full stop ("P."), or several ("J.R."). */
  get initial(): boolean {
    return (this.flags & INITIAL) !== 0;
  }
}

/** The token's spelling key ("Zelenskiy" → "zelenski"), cached on the token: documents ask for it often. */
export function spellingKey(t: Token): string {
  return (t.key ??= nameKey(t.text));
}

// A word is letters/digits joined by apostrophes, hyphens, dots or ampersands
// ("O'Neill", "Chester-le-Street", "U.S", "AT&T"); anything else is one punctuation
// token. A hand-written scanner: Unicode-class regular expressions cost four times as
// much on a 20 MB corpus, and tokenising is most of this stage's work.
// "Every letter is a capital" is two searches, not one pattern: /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u
// backtracks over the whole word ("A" × 40,000 + "ĸ", a lower-case letter with no capital form,
// takes 20 s), and a word has no length limit.
const LOWER_LETTER = /\p{Ll}/u;
const UPPER_LETTER = /\p{Lu}/u;
const isUpper = (s: string): boolean => !LOWER_LETTER.test(s) && UPPER_LETTER.test(s);
const CAP = /^\p{Lu}/u;
const JOINED_CAP = /^\p{Ll}{1,3}[-'’]\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isWordStart(c: number, ch: string): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(ch);
}

function isWordCharAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_CHAR.test(text[j]);
}

/** ' ’ - . & */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 46 || c === 38;
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff;
}

/** Tokens of text[start, end). */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (c < 128) {
      // ASCII punctuation: one-character strings are shared by the engine, so no copy is made.
      if (!isWordStart(c, '')) {
        out.push(punct(text[i], i));
        i++;
        continue;
      }
    } else {
      const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < end;
      const ch = wide ? text.slice(i, i + 2) : text[i];
      if (!isWordStart(c, ch)) {
        out.push(punct(ch, i));
        i += ch.length;
        continue;
      }
    }
    // One scan finds the word's end and counts its cases (for `cap`, `upper`, `lower`).
    let lowers = c >= 97 && c <= 122 ? 1 : 0;
    let uppers = c >= 65 && c <= 90 ? 1 : 0;
    let other = c >= 128;
    let j = i + 1;
    for (;;) {
      while (j < end) {
        const d = text.charCodeAt(j);
        if (d < 128) {
          if (d >= 97 && d <= 122) lowers++;
          else if (d >= 65 && d <= 90) uppers++;
          else if (d < 48 || d > 57) break;
        } else if (WORD_CHAR.test(text[j])) other = true;
        else break;
        j++;
      }
      const d = text.charCodeAt(j);
      if (j + 1 < end && isJoiner(d) && isWordCharAt(text, j + 1)) {
        const e = text.charCodeAt(j + 1);
        if (d >= 128 || e >= 128) other = true;
        else if (e >= 97 && e <= 122) lowers++;
        else if (e >= 65 && e <= 90) uppers++;
        j += 2;
      } else break;
    }
    // "Putin's" → "Putin" + "'s": the possessive is outside every span.
    if (j - i > 3 && isPossessive(text, j) && !isApostrophe(text.charCodeAt(i + 1))) {
      out.push(word(text.slice(i, j - 2), i, false));
      out.push(punct(text.slice(j - 2, j), j - 2));
      i = j;
      continue;
    }
    // A full stop belongs to an initial, an abbreviation or a dotted acronym ("P.", "Gen.", "U.S.").
    const w = text.slice(i, j);
    if (j < end && text.charCodeAt(j) === 46 && takesDot(w)) {
      out.push(counted(text.slice(i, j + 1), i, true, lowers, uppers, other));
      i = j + 1;
      continue;
    }
    out.push(counted(w, i, false, lowers, uppers, other));
    i = j;
  }
  return out;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** text[j-2, j) is "'s" or "’s" (or "'S"). */
function isPossessive(text: string, j: number): boolean {
  const s = text.charCodeAt(j - 1);
  return (s === 115 || s === 83) && isApostrophe(text.charCodeAt(j - 2));
}

const DOTTED_LETTERS = /^(\p{L}\.)+\p{L}$/u;
/** The longest abbreviation that takes a full stop: longer words before one end a sentence. */
const LONGEST_ABBREVIATION = Math.max(...[...TITLE_ABBREVIATIONS, ...NAME_SUFFIXES].map((a) => a.length));

function takesDot(w: string): boolean {
  if (w.length === 1) return CAP.test(w);
  const inner = w.indexOf('.') > 0;
  if (inner && DOTTED_LETTERS.test(w)) return true;
  // Lower-casing never shortens a word, so a longer word cannot be in the lists.
  if (w.length > LONGEST_ABBREVIATION) return false;
  const l = w.toLowerCase();
  return TITLE_ABBREVIATIONS.has(l) || NAME_SUFFIXES.has(l);
}

/** One word token, its cases counted here (the possessive's stem: "Putin" of "Putin's"). */
function word(text: string, start: number, dotted: boolean): Token {
  const n = dotted ? text.length - 1 : text.length;
  let lowers = 0;
  let uppers = 0;
  let other = false;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) lowers++;
    else if (c >= 65 && c <= 90) uppers++;
    else if (c >= 128) other = true;
  }
  return counted(text, start, dotted, lowers, uppers, other);
}

/**
 * One word token from the counts of its lower-case and capital ASCII letters (without a final
 * full stop) and whether it has other characters. Plain ASCII words need no regular expression,
 * and no case-converted copy unless they have capitals.
 */
function counted(text: string, start: number, dotted: boolean, lowers: number, uppers: number, other: boolean): Token {
  const c0 = text.charCodeAt(0);
  let cap: boolean;
  let upper: boolean;
  let lower: string;
  if (!other) {
    // "al-Aqsa", "d'Estaing": a short lower-case particle joined to a capitalised word.
    cap = (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122 && uppers > 0 && JOINED_CAP.test(text));
    upper = cap && uppers > 0 && lowers === 0;
    lower = uppers === 0 ? (dotted ? text.slice(0, -1) : text) : (dotted ? text.slice(0, -1) : text).toLowerCase();
  } else {
    cap = CAP.test(text) || JOINED_CAP.test(text);
    lower = (dotted ? text.slice(0, -1) : text).toLowerCase();
    upper = cap && lower !== text && isUpper(text);
  }
  const initial = cap && dotted && text.length <= 4 && INITIALS.test(text);
  return new Token(text, lower, start, WORD | (cap ? CAP_FLAG : 0) | (upper ? UPPER_FLAG : 0) | (initial ? INITIAL : 0));
}

const INITIALS = /^(\p{Lu}\.)+$/u;

function punct(text: string, start: number): Token {
  return new Token(text, text, start, 0);
}

/** True when the letters of text[start, end) are (almost) all capitals: a headline or dateline. */
export function isAllCaps(text: string, start: number, end: number): boolean {
  let upper = 0;
  let lower = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) {
      // Even if every remaining character were a capital, the line could no longer be ALL-CAPS.
      if (++lower > (upper + end - i) * 0.1) return false;
    }
  }
  return upper >= 4 && lower <= upper * 0.1;
}
