import type { Span } from '../types.js';
import { isAlnum, isSpace } from './chars.js';

// Last touches on one paragraph's sentences:
// - rules of decoration at either end ("//////", "*****", "=====") are not part of a sentence;
// - a piece with no letter or digit (a stray quote mark left at the end of a line, "***") is not a
//   sentence: it joins the sentence before it in the paragraph, or the one after, or is dropped.

/** Characters whose runs of three or more are decoration. */
function isRule(c: number): boolean {
  return c === 47 || c === 92 || c === 61 || c === 42 || c === 95 || c === 126 || c === 35 || c === 43 || c === 45 || c === 0x2500 || c === 0x2501 || c === 0x2550;
}

function ruleEnd(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (!isRule(c)) return i;
  let k = i;
  while (k < end && text.charCodeAt(k) === c) k++;
  if (k - i < 3) return i;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  return k;
}

function ruleStart(text: string, start: number, e: number): number {
  const c = text.charCodeAt(e - 1);
  if (!isRule(c)) return e;
  let k = e;
  while (k > start && text.charCodeAt(k - 1) === c) k--;
  if (e - k < 3) return e;
  while (k > start && isSpace(text.charCodeAt(k - 1))) k--;
  return k;
}

function hasAlnum(text: string, s: Span): boolean {
  for (let k = s.start; k < s.end; k++) if (isAlnum(text.charCodeAt(k))) return true;
  return false;
}

export function tidy(text: string, sentences: Span[]): Span[] {
  const out: Span[] = [];
  let orphan = -1; // start of a leading piece with no letters, waiting for the next sentence
  for (const s of sentences) {
    s.start = ruleEnd(text, s.start, s.end);
    s.end = ruleStart(text, s.start, s.end);
    if (s.end <= s.start) continue;
    if (hasAlnum(text, s)) {
      if (orphan >= 0) s.start = orphan;
      orphan = -1;
      out.push(s);
    } else if (out.length > 0) out[out.length - 1].end = s.end;
    else if (orphan < 0) orphan = s.start;
  }
  return out;
}
