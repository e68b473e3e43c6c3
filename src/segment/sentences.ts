import type { Span } from '../types.js';
import { Candidates } from './candidates.js';
import { periodEnds, periodEndsBeforeLower, stopWord, tokenStart } from './abbreviation.js';
import { isBullet, isCloseBracket, isLetter, isOpenBracket, isSpace, isUpper } from './chars.js';
import { bulletAt, continuedLater, continues, DOT, ENCLOSED, type Marker, opens, readMarker } from './lists.js';
import { LOWER, readNext, UPPER } from './next-word.js';
import { abbreviationClass } from '../lexicon/abbreviations.js';
import { ELLIPSIS, MARK, PERIOD, readRun, type Run } from './terminal.js';
import { tidy } from './tidy.js';

// Sentences inside one paragraph. The scanner jumps from one candidate to the
// next (terminal punctuation, brackets, bullets: see candidates.ts); each is
// judged on the characters around it, so the work is linear in the text.

export { Candidates };

/** A bracket opened more than this far from its close is not read as a parenthetical (it may never close). */
const MAX_PARENTHETICAL = 400;

class Scanner {
  readonly out: Span[] = [];
  /** Start of the sentence being read. */
  s: number;
  /** The list marker that opened this sentence, if any: its successor opens the next one. */
  list: Marker | null = null;
  /** Open brackets around the scan position whose close lies ahead: no sentence ends inside them. */
  depth = 0;

  constructor(readonly text: string, start: number, readonly end: number, readonly candidates: Candidates) {
    this.s = start;
  }

  /** Starts a sentence at `at`; returns where scanning resumes (after a bullet or list marker). */
  open(at: number): number {
    this.s = at;
    this.list = null;
    this.depth = 0;
    let i = at;
    const b = bulletAt(this.text, at, this.end);
    if (b >= 0) {
      i = b;
      while (i < this.end && isSpace(this.text.charCodeAt(i))) i++;
    }
    const m = readMarker(this.text, i, this.end);
    if (!m) return i;
    // "R. Kaluwitharana b S. Waugh": capital letters with a stop are initials as often as markers, so
    // they are skipped as a label but do not make a list that splits at the next letter.
    this.list = m.upper && m.style === DOT && m.roman === 0 ? null : m;
    return m.end;
  }

  /** Ends the current sentence at `end` (exclusive, trimmed back over spaces). */
  close(end: number): void {
    let e = end;
    while (e > this.s && isSpace(this.text.charCodeAt(e - 1))) e--;
    if (e > this.s) this.out.push({ start: this.s, end: e });
  }

  /** Inside a list item, the first later marker that starts the next item, or -1. */
  nextItem(from: number, to: number): number {
    const { text, end } = this;
    for (let p = Math.max(from, this.s + 1); p < to; p++) {
      if (!isSpace(text.charCodeAt(p - 1)) || isSpace(text.charCodeAt(p))) continue;
      const m = readMarker(text, p, end);
      if (!m) continue;
      if (continues(this.list!, m)) return p;
      // A restart of this list, or a new list inside the item: "... the second item a. The first item b. ..."
      if (opens(m) && isUpper(text.charCodeAt(m.end + 1)) && (m.style === this.list!.style || continuedLater(text, m, m.end, end))) return p;
    }
    return -1;
  }

  /** Where the sentence ends at this run, and where the next begins; null when it goes on. */
  judge(pos: number, run: Run): [number, number] | null {
    const { text, end } = this;
    if (isOpenBracket(text.charCodeAt(pos - 1))) return null; // "[...]", "(!)", "[?]": marks inside brackets
    let j = run.end;
    while (j < end && isSpace(text.charCodeAt(j))) j++;
    const next = readNext(text, j, end);
    const word = run.kind === PERIOD ? stopWord(text, this.s, pos) : 'other';
    if (word === 'marker') {
      // "Follow three rules: 1. Book early 2. Eat well": the list after the colon starts a sentence.
      const t = tokenStart(text, this.s, pos);
      const m = readMarker(text, t, end);
      return m && continuedLater(text, m, m.end, end) ? [t, t] : null;
    }
    if (next.kind === LOWER) return listOpensAt(text, j, end) || (run.bare && periodEndsBeforeLower(word)) ? [run.end, j] : null;
    // "Yahoo! Inc. reported": an exclamation mark inside a company's name, which its legal form follows.
    if (run.kind === MARK && run.bare && next.dotted && abbreviationClass(next.word) === 'suffix' && next.kind === UPPER) return null;
    if (run.kind === MARK || run.kind === ELLIPSIS) return [run.end, j];
    if (run.kind === PERIOD) return periodEnds(text, this.s, pos, word, next, end) ? [run.end, j] : null;
    // Spaced ellipsis. "compounds. . . . The": the word's own stop ends it, the ellipsis opens the next.
    if (run.attached && run.bare && run.dots >= 4) return [pos + 1, pos + 2];
    // ". . . I didn't mean it" goes on; four dots, or dots closing a quote, end the sentence.
    return run.attached || run.dots >= 4 || !run.bare ? [run.end, j] : null;
  }

  scan(): Span[] {
    const { text, end } = this;
    let i = this.open(this.s);
    for (;;) {
      const pos = Math.min(this.candidates.next(i), end);
      if (this.list) {
        const item = this.nextItem(i, pos);
        if (item >= 0) {
          this.close(item);
          i = this.open(item);
          continue;
        }
      }
      if (pos >= end) break;
      const c = text.charCodeAt(pos);
      i = pos + 1;
      if (isOpenBracket(c)) {
        if (closesAhead(text, pos, end)) this.depth++;
        continue;
      }
      if (isCloseBracket(c)) {
        if (this.depth > 0) this.depth--;
        continue;
      }
      if (isBullet(c)) {
        if (pos > this.s && isSpace(text.charCodeAt(pos - 1))) {
          this.close(pos);
          i = this.open(pos);
        }
        continue;
      }
      const run = readRun(text, pos, end);
      i = run.end;
      const inside = this.depth - run.closers;
      this.depth = Math.max(0, inside);
      if (inside > 0 || run.end >= end) continue;
      if (!run.wide && !isSpace(text.charCodeAt(run.end))) {
        if (gluedEnd(text, this.s, pos, run, end)) {
          this.close(run.end);
          i = this.open(run.end);
        }
        continue;
      }
      const cut = this.judge(pos, run);
      if (!cut) continue;
      this.close(cut[0]);
      i = this.open(cut[1]);
    }
    this.close(end);
    return this.out;
  }
}

/**
 * A full stop with no space after it between two ordinary words, "grew
 * fast.It was" (a space lost in copy or scraping): the lower-case word
 * before it and a capitalised word after it that ends there, not a name
 * with dots ("www.Example.com", "U.S.Army", "e.g.The", "john.Doe@").
 */
function gluedEnd(text: string, sentenceStart: number, pos: number, run: Run, end: number): boolean {
  if (run.end !== pos + 1 || !run.bare) return false;
  if (run.kind === MARK) {
    // "What is it?It is nothing.": a question or exclamation mark after a word.
    if (pos === sentenceStart || !isLetter(text.charCodeAt(pos - 1))) return false;
  } else {
    if (run.kind !== PERIOD || run.dots !== 1) return false;
    // The word before, read back over lower-case letters only and at most 40 of them, so
    // that a long run with no spaces ("a.b.c.d…") costs no more than its length.
    let t = pos;
    while (t > sentenceStart && pos - t <= 40 && GLUED_LOWER.test(text[t - 1])) t--;
    // "Hello World.My name": a capitalised word of four letters or more counts too ("One.Tel" does not).
    const capitalised = t > sentenceStart && isUpper(text.charCodeAt(t - 1)) && pos - t >= 3;
    if (capitalised) t--;
    if (pos - t < 2 || pos - t > 40 || (t > sentenceStart && !isSpace(text.charCodeAt(t - 1)))) return false;
    const word = stopWord(text, sentenceStart, pos);
    if (word !== 'word' && !(capitalised && word === 'other')) return false;
  }
  GLUED_AFTER.lastIndex = pos + 1;
  const m = GLUED_AFTER.exec(text);
  return m !== null && m.index + m[0].length <= end;
}

const GLUED_LOWER = /\p{Ll}/u;
/** A capitalised word, then a space, the end, or punctuation that is not a dot, @ or another word character. */
const GLUED_AFTER = /\p{Lu}\p{Ll}+(?=$|[\s,;:!?)\]"”’'])/uy;

/** A lower-case word after a stop opens a sentence only as a list marker: "(b) ...", or "a. ... b. ...". */
function listOpensAt(text: string, j: number, end: number): boolean {
  const m = readMarker(text, j, end);
  return m !== null && (m.style === ENCLOSED || continuedLater(text, m, m.end, end));
}

/** The bracket at `pos` closes within MAX_PARENTHETICAL characters, inside the paragraph. */
function closesAhead(text: string, pos: number, end: number): boolean {
  const open = text.charCodeAt(pos);
  const close = open === 40 ? 41 : open === 91 ? 93 : open === 123 ? 125 : 0xff09;
  const stop = Math.min(end, pos + MAX_PARENTHETICAL);
  let level = 1;
  for (let k = pos + 1; k < stop; k++) {
    const c = text.charCodeAt(k);
    if (c === open) level++;
    else if (c === close && --level === 0) return true;
  }
  return false;
}

/**
 * Splits one paragraph [start, end) of `text` into trimmed sentence spans. Pass
 * the same `candidates` for every paragraph of one text, in order.
 */
export function splitSentences(text: string, start: number, end: number, candidates = new Candidates(text)): Span[] {
  return tidy(text, new Scanner(text, start, end, candidates).scan());
}
