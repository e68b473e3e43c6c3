import { AMBIGUOUS_CODES, CURRENCY_NAMES, CURRENCY_SYMBOLS, ISO_CODES, MAX_CURRENCY_NAME_WORDS, MINOR_UNITS, AMBIGUOUS_NAMES, CODE_ALIASES } from '../../../lexicon/currencies.js';
import { SCALES } from '../../../lexicon/number-words.js';
import { clean, times, type Amount, type NumberRefiner } from '../amount.js';
import { isLetter, L, rx } from '../context.js';

// Money: a currency sign or code before the amount ("$3,500", "US$ 150
// million", "£600m", "€2 million", "USD115") or a currency word, code or sign
// after it ("300,000 rubles", "420 million finnish markka", "50 million USD",
// "10 €", "12-cent"). The span takes the currency in; `unit` is its ISO 4217
// code; minor units ("50 cents", "210 pence") are divided by 100.

// Letters before "$" name the dollar ("US$", "HK$", "C$"); apart from it ("us $"
// in tokenised text) they must be a known prefix and not the article "a" or a
// stray "s" ("a $ 1 billion", "music ' s $ 500 million").
const SIGN_BEFORE = rx('')`(?:(?<![${L}])([${L}.]{1,4})(\s?))?([$£€¥₹₽₴₩₺₪₦₱₭₫₸₿]|ரூ)\s?$`;
const CODE_BEFORE = rx('')`(?<![${L}])(M?[A-Za-z]{3}|[Rr]s\.?|RM|Rp)\s?$`;
const SIGN_AFTER = rx('')`^\s?([$£€¥₹₽₴₩₺₪₦₱₭₫₸₿]|ரூ)(?![${L}])`;
const WORD = rx('y')`\s*([${L}][${L}.]*)`;
const FIRST = /\s*([A-Za-z\u00C0-\u024F]+)/y;
/** The first word of every currency name, minor unit and code we know. */
const FIRST_WORDS: ReadonlySet<string> = new Set(
  [...CURRENCY_NAMES.keys(), ...MINOR_UNITS.keys(), ...AMBIGUOUS_NAMES.keys()].map((k) => /^[a-z\u00C0-\u024F]+/.exec(k)?.[0] ?? ''),
);
const ENTITIES: Record<string, string> = { '#163': 'GBP', pound: 'GBP', '#8364': 'EUR', euro: 'EUR', '#36': 'USD', '#165': 'JPY', yen: 'JPY' };
const ENTITY_BEFORE = /&(#163|pound|#8364|euro|#36|#165|yen);$/i;
const NAME_BEFORE = rx('i')`(?:^|[^${L}])(?:([${L}]+)\s+)?(dollars?|euros?|yen|yuan|rupees?|rubles?|roubles?|francs?)\s+$`;
const SCALE_WORD = rx('i')`^\s+(million|billion|trillion|thousand|mln|bln|bn|mn)(?![${L}])`;
const SHORT_SCALES: Record<string, number> = { mln: 1e6, mn: 1e6, bln: 1e9, bn: 1e9 };

export const attachMoney: NumberRefiner = (amounts, s) => {
  let consumed = 0;
  const out: Amount[] = [];
  for (const a of amounts) {
    if (a.kind === 'ordinal' || a.start < consumed) {
      out.push(a);
      continue;
    }
    const pre = prefix(s.text, a.start, consumed) ?? (a.scale >= 1000 ? namePrefix(s.text, a.start, consumed) : null);
    const m = pre ? null : suffix(s.text, a) ?? (a.source === 'vague' ? ofCurrency(s.text, a) : null);
    if (pre) {
      a.start = pre.start;
      a.kind = 'money';
      a.unit = pre.code;
      if (pre.factor) a.value = times(a.value, pre.factor);
    } else if (m) {
      a.end = m.end;
      a.kind = 'money';
      a.unit = m.code;
      if (m.factor !== 1) a.value = times(a.value, m.factor);
    }
    if (a.kind === 'money') consumed = a.end;
    out.push(a);
  }
  return mergeDollarsAndCents(out, s.text);
};

interface Prefix {
  start: number;
  code: string;
  factor?: number;
}

/** Last characters of the currency signs (ரூ ends in a vowel sign). */
const SIGN_ENDS = new Set([...'$£€¥₹₽₴₩₺₪₦₱₭₫₸₿ூ']);
const SIGN_STARTS = new Set([...'ர']);

function prefix(text: string, start: number, floor: number): Prefix | null {
  // Scraped text sometimes keeps the sign as an HTML reference: "&#163;8m", "&pound;8m".
  if (text[start - 1] === ';') {
    const ref = ENTITY_BEFORE.exec(text.slice(Math.max(floor, start - 8), start));
    if (ref) return { start: start - ref[0].length, code: ENTITIES[ref[1].toLowerCase()] };
  }
  // Most amounts follow a space and an ordinary word: reject those before any regex runs.
  let i = start - 1;
  if (text[i] === ' ' || text[i] === '\u00a0') i--;
  if (i < floor || i < 0) return null;
  if (!SIGN_ENDS.has(text[i])) {
    if (!isLetter(text[i]) && text[i] !== '.') return null;
    let w = i;
    while (w > 0 && (isLetter(text[w - 1]) || text[w - 1] === '.')) w--;
    if (i - w + 1 > 4 || i - w + 1 < 2) return null;
  }
  const from = Math.max(floor, start - 8);
  const b = text.slice(from, start);
  const sign = SIGN_BEFORE.exec(b);
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

/**
 * A currency name before a scaled amount: "a record Australian dollar
 * 29.4bn", "dollar 22.5 million". Only with a scale, where the name cannot be
 * the subject of a verb ("the dollar 10 years ago").
 */
function namePrefix(text: string, start: number, floor: number): Prefix | null {
  const from = Math.max(floor, start - 30);
  const m = NAME_BEFORE.exec(text.slice(from, start));
  if (!m) return null;
  const two = m[1] ? `${m[1]} ${m[2]}`.toLowerCase() : null;
  const code2 = two ? CURRENCY_NAMES.get(two) : undefined;
  if (code2) return { start: from + m.index + m[0].indexOf(m[1]), code: code2 };
  const code1 = CURRENCY_NAMES.get(m[2].toLowerCase());
  return code1 ? { start: from + m.index + m[0].lastIndexOf(m[2]), code: code1 } : null;
}

function suffix(text: string, a: Amount): { end: number; code: string; factor: number } | null {
  const c = text[a.end] === ' ' || text[a.end] === '-' ? text[a.end + 1] : text[a.end];
  if (c === undefined) return null;
  if (SIGN_ENDS.has(c) || SIGN_STARTS.has(c)) {
    const sign = SIGN_AFTER.exec(text.slice(a.end, a.end + 3));
    if (sign) return { end: a.end + sign[0].length, code: CURRENCY_SYMBOLS.get(sign[1])!, factor: 1 };
  }
  if (!isLetter(c)) return null;
  // Read up to four words after the amount (the first may follow a hyphen: "12-cent").
  const words: { w: string; end: number }[] = [];
  let p = text[a.end] === '-' ? a.end + 1 : a.end;
  FIRST.lastIndex = p;
  const first = FIRST.exec(text);
  // Most amounts are followed by a word that starts no currency name: stop before reading further.
  if (!first || !(FIRST_WORDS.has(first[1].toLowerCase()) || /^M?[A-Z]{3}$/.test(first[1]))) return null;
  for (let i = 0; i < MAX_CURRENCY_NAME_WORDS; i++) {
    WORD.lastIndex = p;
    const m = WORD.exec(text);
    // A word glued to the digits ("5km") is a unit, not a currency name.
    if (!m || (i === 0 && p === a.end && isLetter(text[p]))) break;
    const w = m[1].replace(/\.$/, (d) => (m[1].length > 3 && /\..\.$/.test(m[1]) ? d : ''));
    p = p + m[0].length - (m[1].length - w.length);
    words.push({ w, end: p });
  }
  for (let n = words.length; n > 0; n--) {
    const raw = words.slice(0, n).map((x) => x.w).join(' ');
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
  return words.some((w) => PAYING.has(w));
}
const PAYING = new Set([
  'paid', 'pay', 'pays', 'paying', 'cost', 'costs', 'costing', 'spent', 'spend', 'spends', 'worth', 'priced', 'fined',
  'charged', 'charge', 'earned', 'earns', 'earn', 'raised', 'owed', 'owes', 'donated', 'fee', 'fine', 'price', 'salary',
  'wage', 'bill', 'budget', 'deficit', 'surplus', 'profit', 'loan', 'loans', 'debt', 'debts', 'revenue', 'revenues',
  'spending', 'investment', 'fund', 'funding', 'grant', 'bonus', 'compensation', 'damages', 'tax', 'taxes', 'bid',
]);

/** "millions of dollars", "hundreds of thousands of euros": a vague amount of money. */
function ofCurrency(text: string, a: Amount): { end: number; code: string; factor: number } | null {
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

/**
 * "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars
 * and 15", "15 USD 50": the minor part joins the major amount.
 */
function mergeDollarsAndCents(amounts: Amount[], text: string): Amount[] {
  const out: Amount[] = [];
  for (const a of amounts) {
    const prev = out[out.length - 1];
    const cents = prev ? minorPart(prev, a, text) : null;
    if (cents !== null) {
      prev.end = a.end;
      prev.value = clean((prev.value as number) + cents);
      continue;
    }
    out.push(a);
  }
  return out;
}

/** The value `a` adds as the minor part of `prev`, or null when it is an amount of its own. */
function minorPart(prev: Amount, a: Amount, text: string): number | null {
  if (prev.kind !== 'money' || typeof prev.value !== 'number' || typeof a.value !== 'number' || !Number.isInteger(prev.value)) return null;
  const major = text.slice(prev.start, prev.end);
  const gap = text.slice(prev.end, a.start);
  if (a.kind === 'money' && a.unit === prev.unit && a.value < 1 && /(?:dollars?|euros?|pounds?)$/i.test(major) && /(?:cents?|pence)$/i.test(text.slice(a.start, a.end)) && /^\s+(?:and\s+)?$/.test(gap)) return a.value;
  // A bare number under 100 after the major unit, ending the clause: "15 dollars and 15.", "15 USD 50".
  if (a.kind === 'cardinal' && a.scale === 1 && Number.isInteger(a.value) && a.value > 0 && a.value < 100 && !/\.\d|%/.test(text.slice(a.start, a.end)) &&
      (/(?:dollars?)$/i.test(major) ? /^\s+and\s+$/.test(gap) : /[A-Z]{3}$/.test(major) && /^\s+$/.test(gap)) && /^\s*(?:[.,;!?]|and\b|$)/.test(text.slice(a.end, a.end + 5))) {
    return a.value / 100;
  }
  return null;
}
