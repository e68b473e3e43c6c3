import type { DateFinding } from '../../types.js';
import type { Context, Extractor } from '../context.js';
import type { SentenceView } from '../parser.js';
import { dropOverlaps } from '../refiners.js';
import { cuesOf, firstCue } from './cues.js';
import { PARSERS } from './parsers/index.js';
import { mergeDateTime } from './refiners/merge-date-time.js';
import { mergeMonthYear } from './refiners/merge-month-year.js';
import { resolveInOrder } from './refiners/resolve.js';
import { dropTitles } from './refiners/titles.js';
import type { DateCandidate, DateParser } from './types.js';

/**
 * Dates, times, durations and sets with TimeML values (docs/dates.md): the
 * parsers in parsers/index.ts run over each sentence that has their cue
 * words; then the longest of overlapping candidates wins, a date and a clock
 * time written together merge, so do a month and a spelled-out year, and relative values are resolved in document
 * order against the reference date and the date last mentioned.
 */
export const datesExtractor: Extractor<'dates'> = {
  kind: 'dates',
  needs: [],
  extract(ctx) {
    return extractDates(ctx, PARSERS);
  },
};

export function extractDates(ctx: Context, parsers: readonly DateParser[]): DateFinding[] {
  const found: DateCandidate[] = [];
  for (const sentence of ctx.sentences) {
    const view: SentenceView = { text: ctx.text.slice(sentence.start, sentence.end), start: sentence.start };
    const lower = view.text.toLowerCase();
    const cues = cuesOf(view.text, lower);
    if (cues === 0) continue;
    for (const p of parsers) if (p.cues & cues && (!p.needs || p.needs(lower))) runParser(p, view, found, startOf(p, cues));
  }
  let out = dropOverlaps(found).filter((c) => !c.veto);
  out = dropTitles(out, ctx);
  out = mergeDateTime(out, ctx);
  out = mergeMonthYear(out, ctx);
  out = resolveInOrder(out, ctx);
  return out.map(({ start, end, text, kind, value }) => ({ start, end, text, kind, value }));
}

/** Where `p`'s scan of the sentence just cued can begin: `reach` before its first cue word. */
function startOf(p: DateParser, cues: number): number {
  if (p.reach === undefined) return 0;
  let first = Infinity;
  for (let b = 0, bits = p.cues & cues; bits; b++, bits >>= 1) if (bits & 1 && firstCue[b] < first) first = firstCue[b];
  return Math.max(0, first - p.reach);
}

function runParser(p: DateParser, view: SentenceView, out: DateCandidate[], from: number): void {
  const re = p.pattern;
  re.lastIndex = from;
  for (let m = re.exec(view.text); m; m = re.exec(view.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const r = p.extract(m, view);
    if (!r) continue;
    for (const c of Array.isArray(r) ? r : [r]) {
      c.start += view.start;
      c.end += view.start;
      out.push(c);
    }
  }
}
