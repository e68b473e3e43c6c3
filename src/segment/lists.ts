import { isBullet, isDigit, isSpace } from './chars.js';

// List markers: "1." "1.)" "1)" "(1)" "a." "a)" "(a)" "iv." "(iv)", and bullets.
// A marker's full stop never ends a sentence; a marker that continues the
// current list ("... the first item 2. The second item") starts a new one.

export const DOT = 1; // "1."
export const DOT_PAREN = 2; // "1.)"
export const PAREN = 3; // "1)"
export const ENCLOSED = 4; // "(1)"

export interface Marker {
  /** Index after the marker's last character. */
  end: number;
  style: number;
  /** 1 for "1", 0 when not a number. */
  num: number;
  /** 1 for "a"/"A", 0 when not a single letter. */
  alpha: number;
  /** 4 for "iv"/"IV", 0 when not a roman numeral. */
  roman: number;
  upper: boolean;
}

const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;
const ROMAN_DIGIT: Record<string, number> = { i: 1, v: 5, x: 10 };

function romanValue(s: string): number {
  if (!s || !ROMAN.test(s)) return 0;
  let v = 0;
  for (let k = 0; k < s.length; k++) {
    const d = ROMAN_DIGIT[s[k]];
    const next = k + 1 < s.length ? ROMAN_DIGIT[s[k + 1]] : 0;
    v += d < next ? -d : d;
  }
  return v;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** The enumerating marker at i ("2.", "b)", "(iv)"), followed by whitespace, or null. */
export function readMarker(text: string, i: number, end: number): Marker | null {
  const enclosed = text.charCodeAt(i) === 40;
  const t0 = enclosed ? i + 1 : i;
  let j = t0;
  const digits = isDigit(text.charCodeAt(j));
  if (digits) while (j < end && j - t0 < 3 && isDigit(text.charCodeAt(j))) j++;
  else while (j < end && j - t0 < 6 && isAsciiLetter(text.charCodeAt(j))) j++;
  if (j === t0) return null;
  // The closing mark decides before any string is built: most words are not markers.
  const c = text.charCodeAt(j);
  let style: number;
  let after = j + 1;
  if (enclosed) style = c === 41 ? ENCLOSED : 0;
  else if (c === 46 && text.charCodeAt(j + 1) === 41) {
    style = DOT_PAREN;
    after = j + 2;
  } else style = c === 46 ? DOT : c === 41 ? PAREN : 0;
  if (!style || after >= end || !isSpace(text.charCodeAt(after))) return null;
  const tok = text.slice(t0, j);
  if (digits) {
    const num = Number(tok);
    return num > 0 ? { end: after, style, num, alpha: 0, roman: 0, upper: false } : null;
  }
  const lower = tok.toLowerCase();
  const upper = tok !== lower;
  if (upper && tok !== tok.toUpperCase()) return null;
  const alpha = tok.length === 1 ? lower.charCodeAt(0) - 96 : 0;
  const roman = romanValue(lower);
  return alpha || roman ? { end: after, style, num: 0, alpha, roman, upper } : null;
}

/** m continues the list whose last marker was prev ("2." after "1.", "ii)" after "i)"). */
export function continues(prev: Marker, m: Marker): boolean {
  if (m.style !== prev.style || m.upper !== prev.upper) return false;
  return (prev.num > 0 && m.num === prev.num + 1) || (prev.alpha > 0 && m.alpha === prev.alpha + 1) || (prev.roman > 0 && m.roman === prev.roman + 1);
}

/** m opens a list ("1.", "a)", "(i)"). */
export function opens(m: Marker): boolean {
  return m.num === 1 || m.alpha === 1 || m.roman === 1;
}

/** List items are short: the next marker is looked for this far ahead at most (keeps the scan linear). */
const ITEM_REACH = 600;

/** The next marker continuing m appears later in [from, end), after a space, within reach. */
export function continuedLater(text: string, m: Marker, from: number, end: number): boolean {
  const stop = Math.min(end, from + ITEM_REACH);
  for (let i = from; i < stop; i++) {
    if (!isSpace(text.charCodeAt(i - 1))) continue;
    const next = readMarker(text, i, end);
    if (next && continues(m, next)) return true;
  }
  return false;
}

/** Line-start bullets: the bullet characters, and "-", "*", "+", "–", "—" followed by a space. */
export function bulletAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (isBullet(c)) return i + 1;
  if ((c === 45 || c === 42 || c === 43 || c === 0x2013 || c === 0x2014) && i + 1 < end && isSpace(text.charCodeAt(i + 1))) return i + 1;
  return -1;
}

/** A line [s, e) that begins a list item: a bullet, or a marker followed by text. */
export function startsListItem(text: string, s: number, e: number): boolean {
  return bulletAt(text, s, e) >= 0 || readMarker(text, s, e) !== null;
}
