// compromise's matches as spans. Its documented offsets API is
// `.json({ offset: true })` (docs/recipes.md in the package): every match and,
// with `terms: { offset: true }`, every word gets {start, length} in UTF-16
// units of the input. A match's own length runs over the punctuation compromise
// keeps around words (`pre`/`post`: "Smith," "York)."), which no gold includes,
// so spans are taken from the first word's start to the last word's end. A
// possessive ending stays inside compromise's word ("England's"); no gold
// includes it (CoNLL tags "England", newsmine's contract too), so it is cut.
// compromise is loaded by loadCompromise(), from a scorer's run(): every
// module in bench/score/ is imported whenever `npm run score` starts, and the
// other scorers should not wait for the peers' libraries.
import type Compromise from 'compromise';
import type { OffsetMap } from './peers-common.js';

let lib: typeof Compromise | undefined;

/** Loads compromise once; call it before nlp(). */
export async function loadCompromise(): Promise<typeof Compromise> {
  return (lib ??= (await import('compromise')).default);
}

/** compromise's document for `text` (after loadCompromise()). */
export function nlp(text: string): ReturnType<typeof Compromise> {
  if (!lib) throw new Error('compromise is not loaded: await loadCompromise() first');
  return lib(text);
}
/** Any compromise view: a document, or what people(), numbers(), ... return. */
export interface View {
  json(options?: object): unknown;
}

export interface Term {
  text: string;
  pre: string;
  post: string;
  offset: { start: number; length: number };
}

export interface Match {
  text: string;
  terms: Term[];
  offset: { start: number; length: number };
  /** numbers(), percentages(): the parsed value. */
  number?: { num: number; prefix: string; suffix: string; unit: string };
  /** money(): the parsed amount and currency name ("dollar"). */
  money?: { num: number; currency: string };
}

export interface Span {
  start: number;
  end: number;
}

/** Every match of a view, with word offsets. */
export function matches(view: View): Match[] {
  return view.json({ offset: true, terms: { offset: true } }) as Match[];
}

const POSSESSIVE = /['’]s?$/;

/** From the first word's first character to the last word's last one (less a possessive 's), in code points. */
export function wordSpan(m: Match, cp: OffsetMap): Span {
  const words = m.terms.filter((t) => t.text !== '');
  const first = words[0] ?? m.terms[0];
  const last = words[words.length - 1] ?? first;
  const cut = last.text.length > 2 ? (POSSESSIVE.exec(last.text)?.[0].length ?? 0) : 0;
  return { start: cp(first.offset.start), end: cp(last.offset.start + last.offset.length - cut) };
}

const QUOTE_MARK = /["“”«»]/;

/**
 * A quotation's inside: after its opening mark, up to its closing mark — the
 * gold convention (PolNeAR spans exclude the marks but keep the comma or full
 * stop inside them: "We will win," → `We will win,`). compromise puts the
 * marks and that punctuation in the first word's `pre` and the last word's `post`.
 */
export function quotationSpan(m: Match, cp: OffsetMap): Span {
  const first = m.terms[0];
  const last = m.terms[m.terms.length - 1];
  const open = lastMarkEnd(first.pre);
  const close = last.post.search(QUOTE_MARK);
  const start = first.offset.start - (open < 0 ? 0 : first.pre.length - open);
  const end = last.offset.start + last.offset.length + (close < 0 ? 0 : close);
  return { start: cp(start), end: cp(end) };
}

/** The index just after the last quote mark in `pre`, or -1. */
function lastMarkEnd(pre: string): number {
  for (let i = pre.length - 1; i >= 0; i--) if (QUOTE_MARK.test(pre[i])) return i + 1;
  return -1;
}
