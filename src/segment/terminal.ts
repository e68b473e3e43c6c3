import { isCloseBracket, isDigit, isLetter, isQuote, isSpace, isTerminal, isUpper, isWideTerminal } from './chars.js';

// A terminal run: the punctuation that may end a sentence, with what closes
// after it. "?!" and "??!?!" are one run; "...", "…" and "...." are ellipses;
// ". . ." is a spaced (MLA) ellipsis; quotes and brackets that close after the
// stop belong to the sentence (`begun," he said` / `."` / `.)`), and so do
// footnote marks (`martyr.[1]`, `consultation.11 12`).

export const PERIOD = 0; // one full stop: may be an abbreviation's
export const MARK = 1; // ! or ?, alone or mixed
export const ELLIPSIS = 2; // … or two or more dots together
export const SPACED = 3; // ". . ." with spaces between the dots

export interface Run {
  kind: number;
  /** Index after the run and everything that closes after it. */
  end: number;
  /** Full stops in the run, spaced ones included. */
  dots: number;
  /** The run touches the word before it ("compounds. . . ." rather than "period . . . ."). */
  attached: boolean;
  /** Nothing (no quote, bracket or mark) follows the dots. */
  bare: boolean;
  /** Closing brackets absorbed (they close parentheticals the scanner is tracking). */
  closers: number;
  /** A full-width stop, which needs no space after it. */
  wide: boolean;
}

export function readRun(text: string, pos: number, end: number): Run {
  let k = pos;
  let dots = 0;
  let marks = false;
  let ellipsis = false;
  let wide = false;
  while (k < end) {
    const c = text.charCodeAt(k);
    if (!isTerminal(c)) break;
    if (c === 46 || c === 0xff0e || c === 0x3002) dots++;
    else if (c === 0x2026) ellipsis = true;
    else marks = true;
    if (isWideTerminal(c)) wide = true;
    k++;
  }
  let spaced = false;
  if (!marks && !ellipsis && dots === 1) {
    // ". . ." — a dot, then space-dot pairs.
    while (k + 1 < end && text.charCodeAt(k) === 32 && text.charCodeAt(k + 1) === 46) {
      k += 2;
      dots++;
      spaced = true;
    }
    if (spaced && dots < 3) {
      // ". ." is not an ellipsis: keep the first dot only.
      k = pos + 1;
      dots = 1;
      spaced = false;
    }
  }
  const dotsEnd = k;
  let closers = 0;
  while (k < end) {
    const c = text.charCodeAt(k);
    if (isCloseBracket(c)) closers++;
    else if (!isQuote(c) && !isTerminal(c)) break;
    k++;
  }
  k = footnotes(text, pos, k, end);
  const kind = spaced ? SPACED : marks ? MARK : ellipsis || dots >= 2 ? ELLIPSIS : PERIOD;
  const attached = pos > 0 && !isSpace(text.charCodeAt(pos - 1));
  return { kind, end: k, dots, attached, bare: k === dotsEnd, closers, wide };
}

/** Skips footnote marks after a stop: "[1]", "[7][8]", and bare numbers after a word ("gap.11 12 Take"). */
function footnotes(text: string, pos: number, k: number, end: number): number {
  while (text.charCodeAt(k) === 91) {
    let j = k + 1;
    while (j < end && j - k <= 8 && text.charCodeAt(j) !== 93 && !isSpace(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== 93 || j === k + 1) break;
    k = j + 1;
  }
  const before = text.charCodeAt(pos - 1);
  if (!isDigit(text.charCodeAt(k)) || !(isLetter(before) || isCloseBracket(before) || isQuote(before))) return k;
  // A decimal has a digit before its point, so "$100.00" never gets here; "example.50.com" fails the space test.
  let j = k;
  while (j < end && j - k < 3 && isDigit(text.charCodeAt(j))) j++;
  if (j < end && !isSpace(text.charCodeAt(j))) return k;
  k = j;
  for (;;) {
    let g = k + 1;
    while (g < end && g - k <= 3 && isDigit(text.charCodeAt(g))) g++;
    if (g === k + 1 || text.charCodeAt(k) !== 32) return k;
    if (g < end && (text.charCodeAt(g) !== 32 || !isUpper(text.charCodeAt(g + 1)))) return k;
    k = g;
  }
}
