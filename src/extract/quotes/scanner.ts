import type { Span } from '../../types.js';
import { DOUBLE, SINGLE, glyphCloses, glyphOpens, isApostrophe, isSpace, isWordChar, markWeight, opensAfter } from './marks.js';

/** A stretch of text between quote marks, before anyone asks whether it is speech. */
export interface QuoteSpan {
  /** The words between the marks, whitespace trimmed (the finding's span). */
  start: number;
  end: number;
  /** Index of the opening mark, and of the closing mark (or the paragraph end when unclosed). */
  open: number;
  close: number;
  /** Length of the closing mark (0 when unclosed), so `close + closeLen` is where the text resumes. */
  closeLen: number;
  /** Index into the paragraph list. */
  para: number;
  /** Marked with single marks ('...' or ‘...’). */
  single: boolean;
  /** The quote closed in this paragraph, or goes on in the next one that re-opens it. */
  closed: boolean;
  /** This piece carries on a quote from the previous paragraph, which did not close it. */
  continued: boolean;
  /** This piece goes on in the next paragraph. */
  continues: boolean;
}

/**
 * One left-to-right pass over each paragraph: a double mark opens when
 * nothing is open and closes what is open; single marks count only outside
 * double ones (a quote inside a quote belongs to the outer span) and never
 * when they are apostrophes. Every mark is looked at once and the state is two
 * integers, so the time is linear in the text however the marks are balanced.
 */
export function scanQuotes(text: string, paragraphs: readonly Span[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let carried: QuoteSpan | null = null; // an unclosed double quote from the previous paragraph
  let nextMark = -1; // the first mark at or after the current paragraph's start (text.length: none)
  for (let p = 0; p < paragraphs.length; p++) {
    const { start: ps, end: pe } = paragraphs[p];
    if (carried) {
      const first = text.charCodeAt(ps);
      if (markWeight(first) === DOUBLE || doubledSingle(text, ps, pe)) carried.continues = true;
      else carried.closed = false;
      carried = null;
    }
    // One search finds the next mark; paragraphs before it are skipped without looking at them
    // again, so a long text with few marks costs one pass.
    if (nextMark < ps) {
      MARK.lastIndex = ps;
      nextMark = MARK.test(text) ? MARK.lastIndex - 1 : text.length;
    }
    if (nextMark >= pe) continue;
    let open = -1; // index of the open double mark
    let openLen = 0;
    let single = -1; // index of a pending single open mark
    let continued = false;
    // The regex engine skips the text between marks; the loop sees only marks.
    MARK.lastIndex = nextMark;
    for (let i = next(text); i >= 0 && i < pe; i = next(text)) {
      const c = text.charCodeAt(i);
      let w = markWeight(c);
      let len = 1;
      if (w === SINGLE && doubledSingle(text, i, pe)) {
        w = DOUBLE;
        len = 2;
      } else if (w === DOUBLE && i + 1 < pe && markWeight(text.charCodeAt(i + 1)) === DOUBLE && !(glyphCloses(c) && glyphOpens(text.charCodeAt(i + 1)))) {
        // '"“You don’t win ...,” Rubio said': a CMS that wraps a curly quote in straight marks
        // doubles the mark; the two are one, else the first closes an empty quote at once. ('”“' is
        // one quote closing and the next opening.)
        len = 2;
      }
      const before = i > ps ? text.charCodeAt(i - 1) : NaN;
      const after = i + len < pe ? text.charCodeAt(i + len) : NaN;
      if (w === DOUBLE) {
        if (open < 0) {
          // A straight mark after "=" opens an attribute value of leaked markup (author="@x"): skip it whole.
          if (c === 0x22 && before === 0x3d) {
            const endAttr = text.indexOf('"', i + 1);
            if (endAttr >= 0 && endAttr < pe) MARK.lastIndex = endAttr + 1;
            continue;
          }
          // A mark followed by a space or the paragraph end cannot open (a stray closer or an inch
          // sign) — unless it is an opening glyph after a space ('reported, “ … if the primary').
          if (Number.isNaN(after) || (isSpace(after) && !(glyphOpens(c) && opensAfter(before)))) continue;
          open = i;
          openLen = len;
          single = -1;
          continued = p > 0 && i === ps && out.length > 0 && out[out.length - 1].continues && out[out.length - 1].para === p - 1;
        } else if (glyphOpens(c) && opensAfter(before) && !Number.isNaN(after) && !isSpace(after) && i > open + openLen) {
          // '“A, he said. “B”': a clear opener while a quote is open means the first one never closed.
          push(out, text, open, openLen, i, 0, p, false, false, continued);
          open = i;
          openLen = len;
          continued = false;
        } else {
          push(out, text, open, openLen, i, len, p, false, true, continued);
          open = -1;
          continued = false;
        }
        MARK.lastIndex = i + len;
        continue;
      }
      if (open >= 0 || isApostrophe(text, i)) continue;
      const canOpen = opensAfter(before) && !Number.isNaN(after) && !isSpace(after) && !glyphCloses(c);
      const canClose = !opensAfter(before) && (Number.isNaN(after) || !isWordChar(after)) && !glyphOpens(c);
      if (single >= 0 && canClose) {
        push(out, text, single, 1, i, 1, p, true, true, false);
        single = -1;
      } else if (canOpen) single = i;
    }
    nextMark = -1;
    if (open >= 0) {
      const q = push(out, text, open, openLen, pe, 0, p, false, true, continued);
      // Closed for now; the next paragraph decides whether it goes on or never closes.
      if (q) carried = q;
    }
  }
  if (carried) carried.closed = false;
  return out;
}

const MARK = /["“”„‟«»'‘’‚`]/g;

/** The index of the next mark from MARK.lastIndex, or -1 (test() builds no match object). */
function next(text: string): number {
  return MARK.test(text) ? MARK.lastIndex - 1 : -1;
}

/** Two single marks in a row used as one double mark (`''`, `’’`, ``` `` ```). */
function doubledSingle(text: string, i: number, end: number): boolean {
  return i + 1 < end && markWeight(text.charCodeAt(i)) === SINGLE && markWeight(text.charCodeAt(i + 1)) === SINGLE;
}

function push(
  out: QuoteSpan[], text: string, open: number, openLen: number, close: number, closeLen: number,
  para: number, single: boolean, closed: boolean, continued: boolean,
): QuoteSpan | null {
  let s = open + openLen;
  let e = close;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  if (e <= s) return null;
  const q: QuoteSpan = { start: s, end: e, open, close, closeLen, para, single, closed, continued, continues: false };
  out.push(q);
  return q;
}
