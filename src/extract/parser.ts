import type { Span } from '../types.js';
import type { Context } from './context.js';

/**
 * A parser in the chrono-node sense: a global pattern, and a function that
 * turns one match (offsets relative to the sentence) into a finding or nothing.
 */
export interface Parser<F extends Span> {
  name: string;
  pattern: RegExp;
  extract(match: RegExpExecArray, sentence: SentenceView, ctx: Context): F | null;
}

/** A sentence's text and where it starts in the document. */
export interface SentenceView {
  text: string;
  start: number;
}

/** A refiner rewrites a list of findings: drops overlaps, merges neighbours, filters. */
export type Refiner<F extends Span> = (findings: F[], ctx: Context) => F[];

/**
 * Runs each parser over each sentence and returns document-level findings
 * (parsers return sentence-relative offsets; this shifts them). Sentences
 * inside boilerplate are skipped.
 */
export function runParsers<F extends Span>(parsers: readonly Parser<F>[], ctx: Context): F[] {
  const out: F[] = [];
  for (const s of ctx.sentences) {
    const view: SentenceView = { text: ctx.text.slice(s.start, s.end), start: s.start };
    for (const p of parsers) {
      const re = p.pattern;
      re.lastIndex = 0;
      for (let m = re.exec(view.text); m; m = re.exec(view.text)) {
        if (m[0].length === 0) re.lastIndex++;
        const f = p.extract(m, view, ctx);
        if (f) {
          f.start += view.start;
          f.end += view.start;
          out.push(f);
        }
      }
    }
  }
  return out;
}

/** Applies refiners in order. */
export function refine<F extends Span>(findings: F[], refiners: readonly Refiner<F>[], ctx: Context): F[] {
  let out = findings;
  for (const r of refiners) out = r(out, ctx);
  return out;
}
