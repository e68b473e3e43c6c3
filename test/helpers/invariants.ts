import type { DocResult, Span } from '../../src/types.js';
import { schemaErrors } from './schema.js';

// What must hold for any output of `mine()`, whatever the input: used by the
// pathological-input and fuzz tests. Returns a list of problems (empty when
// all is well) rather than throwing, so a test can print them with the input.

/**
 * Slices a text by code point offsets in O(1) per slice after one O(n) pass
 * (`sliceCodePoints` walks the whole text per call: too slow for a 4 MB text
 * with 100,000 findings). A lone surrogate counts as one code point, as in
 * `Array.from(text)`, Python's str and the output contract.
 */
export class CodePointText {
  /** UTF-16 index of each code point, plus one entry for the end. */
  private readonly at: Uint32Array | null;
  readonly length: number;

  constructor(readonly text: string) {
    if (!/[\uD800-\uDFFF]/.test(text)) {
      this.at = null;
      this.length = text.length;
      return;
    }
    const at = new Uint32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      at[cp++] = i;
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) i++;
      }
    }
    at[cp] = text.length;
    this.at = at.subarray(0, cp + 1);
    this.length = cp;
  }

  slice(start: number, end: number): string {
    if (!this.at) return this.text.slice(start, end);
    return this.text.slice(this.at[start], this.at[end]);
  }
}

/** Longer than this, a person or place finding has swallowed text that is not a name. */
export const MAX_NAME = 200;

const FINDING_KINDS = ['numbers', 'dates', 'people', 'places', 'quotes'] as const;
const RANGE_KINDS = ['paragraphs', 'sentences', 'boilerplate'] as const;

/** Every invariant of one `mine()` result for `text`; `max` caps how many problems are listed. */
export function invariantProblems(text: string, doc: DocResult, max = 10): string[] {
  const problems: string[] = [];
  const add = (p: string): boolean => {
    problems.push(p);
    return problems.length >= max;
  };
  for (const e of schemaErrors({ schemaVersion: 1, documents: [doc] }).slice(0, max)) if (add(`schema: ${e}`)) return problems;

  const t = new CodePointText(text);
  const inText = (s: Span): boolean =>
    Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= t.length;

  for (const k of RANGE_KINDS) {
    const list = doc[k];
    for (let i = 0; i < list.length; i++) {
      const r = list[i];
      if (!inText(r) && add(`${k}[${i}] [${r.start}, ${r.end}) is outside the text (${t.length} code points)`)) return problems;
      // Paragraphs and sentences tile the text in order; they never overlap.
      if (k !== 'boilerplate' && i > 0 && list[i - 1].end > r.start && add(`${k}[${i}] starts before ${k}[${i - 1}] ends`)) return problems;
    }
  }
  for (const k of FINDING_KINDS) {
    const list = doc[k] as (Span & { text: string })[];
    for (let i = 0; i < list.length; i++) {
      const f = list[i];
      const where = `${k}[${i}] [${f.start}, ${f.end})`;
      if (!inText(f)) {
        if (add(`${where} is outside the text (${t.length} code points)`)) return problems;
        continue;
      }
      if (f.start === f.end && add(`${where} is empty`)) return problems;
      const slice = t.slice(f.start, f.end);
      if (slice !== f.text && add(`${where}: text ${JSON.stringify(f.text)} but the span slices to ${JSON.stringify(slice)}`)) return problems;
      if (i > 0 && list[i - 1].start > f.start && add(`${where} is before ${k}[${i - 1}] (${list[i - 1].start}): not sorted`)) return problems;
    }
  }
  // No name runs for paragraphs: the longest real person or place names are well under this.
  for (const k of ['people', 'places'] as const) {
    for (const [i, f] of doc[k].entries()) {
      if (f.end - f.start > MAX_NAME && add(`${k}[${i}] [${f.start}, ${f.end}) is ${f.end - f.start} characters long: not a name`)) return problems;
    }
  }
  for (let i = 0; i < doc.quotes.length; i++) {
    const s = doc.quotes[i].speaker;
    if (s && (!inText(s) || s.start === s.end) && add(`quotes[${i}].speaker [${s.start}, ${s.end}) is not a span of the text`)) return problems;
  }
  return problems;
}
