import { AMBIGUOUS_CODES, CODE_ALIASES, CURRENCY_NAMES, CURRENCY_SYMBOLS, ISO_CODES } from '../../../lexicon/currencies.js';
import { isLetter, isRegexSpace, L, rx } from '../context.js';

// A currency written before the amount: a sign ("$3,500", "£600m", "US$ 150
// million", "c $ 1.34"), a code ("USD115", "EUR 5m", "Rs 500", "RMB 100"), an
// HTML reference ("&#163;8m"), or a name before a scaled amount ("Australian
// dollar 29.4bn").

// Letters before "$" name the dollar ("US$", "HK$", "C$"); apart from it ("us $"
// in tokenised text) they must be a known prefix and not the article "a" or a
// stray "s" ("a $ 1 billion", "music ' s $ 500 million").
const SIGN_BEFORE = rx('')`(?:(?<![${L}])([${L}.]{1,4})(\s?))?([$£€¥₹₽₴₩₺₪₦₱₭₫₸₿]|ரூ)\s?$`;
const CODE_BEFORE = rx('')`(?<![${L}])(M?[A-Za-z]{3}|[Rr]s\.?|RM|Rp)\s?$`;
const ENTITIES: Record<string, string> = { '#163': 'GBP', pound: 'GBP', '#8364': 'EUR', euro: 'EUR', '#36': 'USD', '#165': 'JPY', yen: 'JPY' };
const ENTITY_BEFORE = /&(#163|pound|#8364|euro|#36|#165|yen);$/i;
const NAME_BEFORE = rx('i')`(?:^|[^${L}])(?:([${L}]+)\s+)?(dollars?|euros?|yen|yuan|rupees?|rubles?|roubles?|francs?)\s+$`;

/** Last characters of the currency signs (ரூ ends in a vowel sign). */
export const SIGN_ENDS: ReadonlySet<string> = new Set([...'$£€¥₹₽₴₩₺₪₦₱₭₫₸₿ூ']);

export interface Prefix {
  start: number;
  code: string;
  factor?: number;
}

export function prefix(text: string, start: number, floor: number): Prefix | null {
  // Scraped text sometimes keeps the sign as an HTML reference: "&#163;8m", "&pound;8m".
  if (text[start - 1] === ';') {
    const ref = ENTITY_BEFORE.exec(text.slice(Math.max(floor, start - 8), start));
    if (ref) return { start: start - ref[0].length, code: ENTITIES[ref[1].toLowerCase()] };
  }
  // Most amounts follow a space and an ordinary word: reject those before any regex runs.
  let i = start - 1;
  if (text[i] === ' ' || text[i] === '\u00a0') i--;
  if (i < floor || i < 0) return null;
  // No sign there: only a code can be (SIGN_BEFORE needs a sign last, or before one space).
  const signLast = SIGN_ENDS.has(text[i]);
  if (!signLast) {
    if (!isLetter(text[i]) && text[i] !== '.') return null;
    let w = i;
    while (w > 0 && (isLetter(text[w - 1]) || text[w - 1] === '.')) w--;
    if (i - w + 1 > 4 || i - w + 1 < 2) return null;
    if (lowerCaseNonCode(text, w, i + 1)) return null;
  }
  const from = Math.max(floor, start - 8);
  const b = text.slice(from, start);
  const sign = signLast ? SIGN_BEFORE.exec(b) : null;
  if (sign) {
    const letters = sign[1]?.toLowerCase();
    const spaced = sign[2] !== '' && letters !== undefined && (letters.length === 1 && letters !== 'c');
    const withLetters = letters && !spaced ? CURRENCY_SYMBOLS.get(letters + sign[3]) : undefined;
    if (withLetters) return { start: from + sign.index, code: withLetters };
    return { start: from + sign.index + (sign[1] ? sign[0].indexOf(sign[3]) : 0), code: CURRENCY_SYMBOLS.get(sign[3])! };
  }
  const code = CODE_BEFORE.exec(b);
  if (code) {
    const c = code[1];
    if (/^rs\.?$/i.test(c)) return { start: from + code.index, code: 'INR' };
    if (/^M[A-Z]{3}$/.test(c) && ISO_CODES.has(c.slice(1)) && !AMBIGUOUS_CODES.has(c.slice(1))) return { start: from + code.index, code: c.slice(1), factor: 1e6 };
    if (c === c.toUpperCase() && ISO_CODES.has(c) && !AMBIGUOUS_CODES.has(c)) return { start: from + code.index, code: c };
    const alias = CODE_ALIASES.get(c);
    if (alias) return { start: from + code.index, code: alias };
    const lower = CURRENCY_NAMES.get(c);
    if (c === c.toLowerCase() && lower && c.length === 3 && lower.toLowerCase() === (c === 'rmb' ? 'cny' : c)) return { start: from + code.index, code: lower };
  }
  return null;
}

/** Last letters of the names NAME_BEFORE knows (dollar, dollars, euro, yen, franc, …), lower-cased. */
const NAME_ENDS: ReadonlySet<number> = new Set([...'rsonec'].map((c) => c.charCodeAt(0)));

/** NAME_BEFORE needs spaces before `pos` with one of its names' last letters before them. */
function nameJustBefore(text: string, pos: number): boolean {
  let i = pos - 1;
  if (!isRegexSpace(text.charCodeAt(i))) return false;
  while (i > 0 && isRegexSpace(text.charCodeAt(i))) i--;
  return NAME_ENDS.has(text.charCodeAt(i) | 0x20);
}

/**
 * The code a lower-case word can end with and still be read as one: "usd",
 * "rmb", "rs" (see `prefix`: any other code needs a capital).
 */
const LOWER_CODES: ReadonlySet<string> = new Set(
  [...CURRENCY_NAMES].filter(([k, v]) => /^[a-z]{3}$/.test(k) && v.toLowerCase() === (k === 'rmb' ? 'cny' : k)).map(([k]) => k),
);

/**
 * The word from `w` to `end` is lower-case ASCII letters and ends in no
 * lower-case code: "to", "was", "from" — the usual word before an amount.
 */
function lowerCaseNonCode(text: string, w: number, end: number): boolean {
  for (let k = w; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return !(text.endsWith('rs', end) || (end - w >= 3 && LOWER_CODES.has(text.slice(end - 3, end))));
}

/**
 * A currency name before a scaled amount: "a record Australian dollar
 * 29.4bn", "dollar 22.5 million". Only with a scale, where the name cannot be
 * the subject of a verb ("the dollar 10 years ago").
 */
export function namePrefix(text: string, start: number, floor: number): Prefix | null {
  if (!nameJustBefore(text, start)) return null;
  const from = Math.max(floor, start - 30);
  const m = NAME_BEFORE.exec(text.slice(from, start));
  if (!m) return null;
  const two = m[1] ? `${m[1]} ${m[2]}`.toLowerCase() : null;
  const code2 = two ? CURRENCY_NAMES.get(two) : undefined;
  if (code2) return { start: from + m.index + m[0].indexOf(m[1]), code: code2 };
  const code1 = CURRENCY_NAMES.get(m[2].toLowerCase());
  return code1 ? { start: from + m.index + m[0].lastIndexOf(m[2]), code: code1 } : null;
}
