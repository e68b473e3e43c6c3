import { ISO_CODES } from '../../../lexicon/currencies.js';
import { GLUED_UNITS } from '../../../lexicon/units.js';
import { amount, type Amount, type NumberParser } from '../amount.js';
import { isDigit, isLetter, isRegexSpace, L, looksPlural, rx, wordAfter } from '../context.js';
import { compose } from '../grammar/compose.js';
import { lex } from '../grammar/lexer.js';

// Numbers written in digits, with separators, decimals, a sign and a scale:
// "150", "11,000", "5.93", "-9.23", "40 000", "12,34,567.89", "2.5bn", "10k",
// "2 million", "322 hundred", "4 thousand 3 hundred and 21".

const CURRENCY_BEFORE = /(?:[$£€¥₹₽₴₩₺₪₦₱₭₿]|\b[A-Z]{3}|&#?\w+;)\s?$/;
const LETTER_OR_DIGIT_BEFORE = rx('')`(?:[${L}]|[0-9]\s?)$`;
const GLUED_WORD = rx('')`^[${L}°²]+`;
const GLUED_CODE = rx('')`(?:^|[^${L}])[A-Z]{3}$`;
/** "minus 5", "negative 3.2": the word is part of the number. */
const MINUS_WORD = rx('i')`(?:^|[^${L}])((?:minus|negative)\s+)$`;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)\b/i;

export const digitsParser: NumberParser = {
  name: 'digits',
  // Not inside a word or another number ("G7", "A320", "1.2.3"); an ISO code
  // may be glued in front ("USD115").
  digits: true,
  pattern: /(?<![a-z0-9_.,])(?:[-−](?=\.?\d))?\.?\d/g,
  extract(m, s) {
    const text = s.text;
    let start = m.index;
    // A dash after a word or a number is a hyphen ("SCP-173") or a range ("10 -20"), not a minus sign.
    if (m[0][0] !== '.' && !isDigit(m[0][0]) && LETTER_OR_DIGIT_BEFORE.test(text.slice(Math.max(0, start - 2), start))) {
      if (isLetter(text[start - 1])) return null;
      start++;
    }
    if (isLetter(text[start - 1]) && !gluedCode(text, start)) return null;
    let sign = 1;
    const minus = minusWordBefore(text, start);
    if (minus && isDigit(text[start])) sign = -1;
    const toks = lex(text, start, gluedMillion);
    const r = compose(toks, 0);
    if (!r) return null;
    const end = toks[r.next - 1].end;
    const next = text[end];
    // Glued letters make a code or a name ("5G", "11a", "737MAX"); ordinal
    // suffixes belong to the ordinal parser; glued units stay for the unit refiner.
    if (isLetter(next)) {
      if (ORDINAL_SUFFIX.test(text.slice(end, end + 3))) return null;
      // A letter outside Latin, Greek and Cyrillic ("2018年") matches no unit: the digits are part of a word.
      const glued = GLUED_WORD.exec(text.slice(end, end + 8))?.[0] ?? '';
      // "12pc" is the British newsroom percent.
      if (!GLUED_UNITS.has(glued.length === 1 ? glued : glued.toLowerCase()) && glued !== 'pc') return null;
    }
    if (sign < 0) start -= minus![1].length;
    const a: Amount = amount(start, end, sign * r.value, r.kind, 'digits', true, r.scale);
    return a;
  },
};

/** "minus " or "negative " just before `start`; the regex runs only after a space that follows an "s" or an "e". */
function minusWordBefore(text: string, start: number): RegExpExecArray | null {
  let i = start - 1;
  if (!isRegexSpace(text.charCodeAt(i))) return null;
  while (i > 0 && isRegexSpace(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i) | 0x20; // lower-cased, for ASCII letters
  if (c !== 0x73 && c !== 0x65) return null;
  return MINUS_WORD.exec(text.slice(Math.max(0, start - 10), start));
}

/** An ISO code glued to the digits ("USD115"); "BBC2", "ITV1" are channel names. */
function gluedCode(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 4), start);
  return GLUED_CODE.test(before) && ISO_CODES.has(before.slice(-3));
}

/** A glued "m" is million in money ("£600m") and before a plural noun ("1.5m barrels"); else metres. */
function gluedMillion(text: string, start: number): boolean {
  if (CURRENCY_BEFORE.test(text.slice(Math.max(0, start - 8), start))) return true;
  const m = /^[\d.,]+m\b/.exec(text.slice(start, start + 24));
  if (!m) return false;
  const w = wordAfter(text, start + m[0].length);
  return w !== null && looksPlural(w.word);
}

