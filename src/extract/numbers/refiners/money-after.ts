import { AMBIGUOUS_CODES, AMBIGUOUS_NAMES, CURRENCY_NAMES, CURRENCY_SYMBOLS, ISO_CODES, MAX_CURRENCY_NAME_WORDS, MINOR_UNITS } from '../../../lexicon/currencies.js';
import { PAYING_WORDS } from '../../../lexicon/number-context.js';
import { SCALES } from '../../../lexicon/number-words.js';
import type { Amount } from '../amount.js';
import { isLetter, isRegexSpace, L, rx } from '../context.js';
import { SIGN_ENDS } from './money-before.js';

// A currency written after the amount: a sign ("10 €"), a code ("50 million
// USD", "75 USD million", "twenty MUSD"), a name ("300,000 rubles", "420
// million finnish markka", "12-cent"), a minor unit ("50 cents" → 0.5), or,
// after a vague amount, "of" and a name ("millions of euros").

export interface Suffix {
  end: number;
  code: string;
  /** Multiplier for the amount: 0.01 for cents, 1e6 for "USD million". */
  factor: number;
}

const SIGN_STARTS = new Set([...'ர']);
const SIGN_AFTER = rx('')`^\s?([$£€¥₹₽₴₩₺₪₦₱₭₫₸₿]|ரூ)(?![${L}])`;
const WORD = rx('y')`\s*([${L}][${L}.]*)`;
/** The leading letters of a (lower-case) name or phrase: how FIRST_WORDS and NAME_WORDS_BY_LEAD key them. */
const lead = (s: string): string => /^[a-z\u00C0-\u024F]+/.exec(s)?.[0] ?? '';
/** For each leading word, the most words a currency name, minor unit or code that starts with it has. */
const NAME_WORDS_BY_LEAD: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const k of [...CURRENCY_NAMES.keys(), ...MINOR_UNITS.keys(), ...AMBIGUOUS_NAMES.keys()]) {
    m.set(lead(k), Math.max(m.get(lead(k)) ?? 0, k.split(' ').length));
  }
  return m;
})();
/** The first word of every currency name, minor unit and code we know. */
const FIRST_WORDS: ReadonlySet<string> = new Set([...CURRENCY_NAMES.keys(), ...MINOR_UNITS.keys(), ...AMBIGUOUS_NAMES.keys()].map((k) => lead(k)));
const SCALE_WORD = rx('i')`^\s+(million|billion|trillion|thousand|mln|bln|bn|mn)(?![${L}])`;
const SHORT_SCALES: Record<string, number> = { mln: 1e6, mn: 1e6, bln: 1e9, bn: 1e9 };

/** The Latin word after `p` and any spaces (what /\s*([A-Za-z\u00C0-\u024F]+)/y would capture), or null. */
function firstWord(text: string, p: number): string | null {
  while (isRegexSpace(text.charCodeAt(p))) p++;
  let e = p;
  for (let c = text.charCodeAt(e); (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f); c = text.charCodeAt(++e));
  return e > p ? text.slice(p, e) : null;
}

export function suffix(text: string, a: Amount): Suffix | null {
  const c = text[a.end] === ' ' || text[a.end] === '-' ? text[a.end + 1] : text[a.end];
  if (c === undefined) return null;
  const cc = c.charCodeAt(0);
  // The signs are all non-ASCII but "$".
  if ((cc === 36 || cc > 127) && (SIGN_ENDS.has(c) || SIGN_STARTS.has(c))) {
    const sign = SIGN_AFTER.exec(text.slice(a.end, a.end + 3));
    if (sign) return { end: a.end + sign[0].length, code: CURRENCY_SYMBOLS.get(sign[1])!, factor: 1 };
  }
  if (!isLetter(c)) return null;
  // Read up to four words after the amount (the first may follow a hyphen: "12-cent").
  const words: { w: string; end: number }[] = [];
  let p = text[a.end] === '-' ? a.end + 1 : a.end;
  // Most amounts are followed by a word that starts no currency name: stop before reading further.
  const first = firstWord(text, p);
  if (!first || !(FIRST_WORDS.has(first.toLowerCase()) || /^M?[A-Z]{3}$/.test(first))) return null;
  // After "dlrs" or "cents" one word is all a name can take; "hong kong dollars" needs three.
  let limit = MAX_CURRENCY_NAME_WORDS;
  for (let i = 0; i < limit; i++) {
    WORD.lastIndex = p;
    const m = WORD.exec(text);
    // A word glued to the digits ("5km") is a unit, not a currency name.
    if (!m || (i === 0 && p === a.end && isLetter(text[p]))) break;
    // A final full stop ends the sentence, except after an abbreviation with dots ("U.S.").
    const w = m[1].endsWith('.') && !(m[1].length > 3 && /\..\.$/.test(m[1])) ? m[1].slice(0, -1) : m[1];
    p = p + m[0].length - (m[1].length - w.length);
    words.push({ w, end: p });
    if (i === 0) limit = Math.max(1, NAME_WORDS_BY_LEAD.get(lead(w.toLowerCase())) ?? 1);
  }
  // The phrases of one, two, ... words, built once; tried longest first.
  const phrases: string[] = [];
  for (const x of words) phrases.push(phrases.length === 0 ? x.w : `${phrases[phrases.length - 1]} ${x.w}`);
  for (let n = words.length; n > 0; n--) {
    const raw = phrases[n - 1];
    const phrase = raw.toLowerCase();
    const end = words[n - 1].end;
    // "twenty MUSD": an M before the code means millions (finance shorthand).
    if (n === 1 && /^M[A-Z]{3}$/.test(raw) && ISO_CODES.has(raw.slice(1)) && !AMBIGUOUS_CODES.has(raw.slice(1))) return { end, code: raw.slice(1), factor: 1e6 };
    if (n === 1 && raw.length === 3 && raw === raw.toUpperCase() && ISO_CODES.has(raw) && !AMBIGUOUS_CODES.has(raw)) {
      const sc = codeScale(text, end);
      return sc ? { end: sc.end, code: raw, factor: sc.factor } : { end, code: raw, factor: 1 };
    }
    const minor = MINOR_UNITS.get(phrase);
    if (minor) return { end, code: minor, factor: 0.01 };
    const code = CURRENCY_NAMES.get(phrase);
    if (code && !(phrase.length === 3 && raw === raw.toUpperCase() && !ISO_CODES.has(raw))) return { end, code, factor: 1 };
    const ambiguous = AMBIGUOUS_NAMES.get(phrase);
    if (ambiguous && !/^\s+of\b/.test(text.slice(end, end + 4)) && ((ambiguous.afterScale && a.scale >= 1e6) || paidBefore(text, a.start))) {
      return { end, code: ambiguous.code, factor: 1 };
    }
  }
  return null;
}

/**
 * A verb of paying just before the amount: "paid 40 pounds", "cost 300
 * marks". It makes an ambiguous currency word ("pounds" is also a weight) money.
 */
function paidBefore(text: string, start: number): boolean {
  const words = text.slice(Math.max(0, start - 40), start).toLowerCase().split(/[^a-z]+/).filter(Boolean).slice(-4);
  return words.some((w) => PAYING_WORDS.has(w));
}


/** "millions of dollars", "hundreds of thousands of euros": a vague amount of money. */
export function ofCurrency(text: string, a: Amount): Suffix | null {
  const of = /^\s+of(?=\s)/.exec(text.slice(a.end, a.end + 5));
  if (!of) return null;
  const m = suffix(text, { ...a, end: a.end + of[0].length });
  return m && m.factor === 1 ? m : null;
}

/** "75 USD million": a scale word after the code multiplies the amount. */
function codeScale(text: string, pos: number): { end: number; factor: number } | null {
  const m = SCALE_WORD.exec(text.slice(pos, pos + 12));
  if (!m) return null;
  const w = m[1].toLowerCase();
  return { end: pos + m[0].length, factor: SHORT_SCALES[w] ?? SCALES.get(w)! };
}
