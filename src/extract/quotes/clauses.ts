import type { Span } from '../../types.js';
import type { QuoteSpan } from './scanner.js';
import { tokenize, type Token } from './tokens.js';

/** A quote with the reporting text around it in its own sentence. */
export interface QuoteContext {
  q: QuoteSpan;
  /** Index of this quote among the quotes of its paragraph. */
  indexInPara: number;
  /** Tokens from the start of the sentence (or the previous quote's close) to the opening mark. */
  before: Token[];
  /** Tokens from the closing mark to the end of the sentence (or the next quote's opening mark). */
  after: Token[];
  /** The before-tokens reach back to a sentence boundary (not to another quote in the same sentence). */
  beforeFromSentenceStart: boolean;
  /** The after-tokens reach a sentence boundary (not another quote). */
  afterToSentenceEnd: boolean;
  /** The quote's own words end a sentence (`.` `!` `?` inside the marks). */
  endsSentence: boolean;
  /**
   * The second half of a quote split by its reporting clause: the previous quote of the sentence
   * ends in a comma and `before` is only the clause between, ending in a comma ('"A," he said, "b."').
   */
  splitHalf: boolean;
}

const FINAL = new Set(['.', '!', '?', '…']);

/**
 * A reporting clause is read at most this many tokens away from its quote: far
 * enough for 'Sam Solovey, a contestant on ..., who went on to work alongside
 * Trump, said', and a bound that keeps the work per quote constant however long
 * a run-on "sentence" of scraped text is.
 */
const REACH = 80;
/** Characters read either side of a quote: enough for REACH tokens of ordinary prose. */
const WINDOW = 600;

/**
 * Splits each paragraph's text between quotes into the reporting clauses
 * around each quote. Each gap is tokenised once, so this is linear.
 */
export function buildContexts(text: string, paragraphs: readonly Span[], quotes: readonly QuoteSpan[]): QuoteContext[] {
  const out: QuoteContext[] = [];
  let i = 0;
  while (i < quotes.length) {
    let j = i;
    while (j < quotes.length && quotes[j].para === quotes[i].para) j++;
    const para = paragraphs[quotes[i].para];
    let gapStart = para.start;
    let prevGap = { tokens: [] as Token[], cut: -1, clipped: false };
    for (let k = i; k < j; k++) {
      const q = quotes[k];
      // Only a window of characters either side is read: the clause tokens kept are bounded anyway.
      const gap = k === i || prevGap.clipped ? tokenize(text, Math.max(gapStart, q.open - WINDOW), q.open) : prevGap.tokens;
      const cut = lastFinal(gap);
      const nextOpen = k + 1 < j ? quotes[k + 1].open : para.end;
      const resume = Math.min(q.close + q.closeLen, nextOpen);
      const afterGap = tokenize(text, resume, Math.min(nextOpen, resume + WINDOW));
      const afterCut = firstFinal(afterGap);
      out.push({
        q,
        indexInPara: k - i,
        before: gap.slice(Math.max(cut + 1, gap.length - REACH)),
        after: (afterCut < 0 ? afterGap : afterGap.slice(0, afterCut)).slice(0, REACH),
        beforeFromSentenceStart: (cut >= 0 || (k === i && q.open - gapStart <= WINDOW) || (k > i && endsWithFinal(text, quotes[k - 1]))) && gap.length - (cut + 1) <= REACH,
        afterToSentenceEnd: afterCut >= 0 || k + 1 === j,
        endsSentence: endsWithFinal(text, q),
        splitHalf: k > i && cut < 0 && !prevGap.clipped && gap.length > 1 && gap[gap.length - 1].text === ',' && endsWithComma(text, quotes[k - 1], gap),
      });
      prevGap = { tokens: afterGap, cut: afterCut, clipped: nextOpen > resume + WINDOW };
      gapStart = resume;
    }
    i = j;
  }
  return out;
}

function lastFinal(tokens: Token[]): number {
  for (let k = tokens.length - 1; k >= 0; k--) if (isFinal(tokens, k)) return k;
  return -1;
}

function firstFinal(tokens: Token[]): number {
  for (let k = 0; k < tokens.length; k++) if (isFinal(tokens, k)) return k;
  return -1;
}

/** A full stop that ends a sentence: not one before ")" or "," or a lower-case word ("(D-Nev.) said"). */
function isFinal(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t.punct || !FINAL.has(t.text)) return false;
  const next = tokens[k + 1];
  return !next || !(next.text === ')' || next.text === ',' || (!next.punct && !next.cap));
}

/** A quote whose words end in a comma, inside the marks ('"A," he said') or just after them ('"A", he said'). */
function endsWithComma(text: string, q: QuoteSpan, gap: Token[]): boolean {
  return text.charCodeAt(q.end - 1) === 0x2c || gap[0]?.text === ',';
}

function endsWithFinal(text: string, q: QuoteSpan): boolean {
  let e = q.end;
  while (e > q.start && /["'’”)\]]/.test(text[e - 1])) e--;
  return e > q.start && FINAL.has(text[e - 1]);
}
