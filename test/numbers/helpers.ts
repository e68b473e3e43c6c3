// Runs the numbers extractor on a text with a hand-made context, so tests do
// not depend on the dates extractor (pass `dates` spans to stand in for it).
import { numbersExtractor } from '../../src/extract/numbers/index.js';
import type { Context } from '../../src/extract/context.js';
import { segment } from '../../src/segment/index.js';
import type { DateFinding, NumberFinding } from '../../src/types.js';

export function numbersIn(text: string, dates: DateFinding[] = []): NumberFinding[] {
  const { paragraphs, sentences } = segment(text);
  const ctx: Context = {
    doc: { id: 't', path: null, format: 'text', text, meta: { title: null, published: null, authors: [], url: null } },
    text,
    paragraphs,
    sentences,
    boilerplate: [],
    referenceDate: null,
    found: { dates },
  };
  return numbersExtractor.extract(ctx);
}

/** The one finding whose text is `span` (fails the test when there is not exactly one). */
export function only(text: string, span: string): NumberFinding {
  const found = numbersIn(text).filter((f) => f.text === span);
  if (found.length !== 1) throw new Error(`expected one finding "${span}" in "${text}", got: ${JSON.stringify(numbersIn(text).map((f) => f.text))}`);
  return found[0];
}

/** The texts of all findings. */
export function texts(text: string, dates: DateFinding[] = []): string[] {
  return numbersIn(text, dates).map((f) => f.text);
}

/** A date finding over the first occurrence of `span` in `text`. */
export function dateAt(text: string, span: string, kind: DateFinding['kind'] = 'date'): DateFinding {
  const start = text.indexOf(span);
  if (start < 0) throw new Error(`"${span}" not in "${text}"`);
  return { start, end: start + span.length, text: span, kind, value: null };
}
