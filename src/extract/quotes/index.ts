import type { QuoteFinding, Speaker } from '../../types.js';
import type { Context, Extractor } from '../context.js';
import { attribute } from './attribute.js';
import type { Attribution } from './attribution/types.js';
import { buildContexts, type QuoteContext } from './clauses.js';
import { inheritSpeakers } from './continuation.js';
import { quoteKind } from './kind.js';
import { usesCurlyMarks } from './excerpt.js';
import { notQuote } from './not-quote.js';
import { scanQuotes } from './scanner.js';
import { SpeakerNamer } from './speaker/name.js';

/**
 * Quotes and who said them: scan the quote marks (scanner.ts), read the
 * reporting clause around each quote (clauses.ts, attribution/), drop titles
 * and scare quotes (not-quote.ts), let quotes without a clause inherit their
 * neighbour's speaker (continuation.ts), then name each speaker (speaker/name.ts).
 */
export const quotesExtractor: Extractor<'quotes'> = {
  kind: 'quotes',
  needs: ['people'],
  extract(ctx: Context): QuoteFinding[] {
    return findQuotes(ctx).map((q) => q.finding);
  },
};

/** A quote finding with the name of the rule that gave its speaker (for tests and error analysis). */
export interface TracedQuote {
  finding: QuoteFinding;
  rule: string | null;
}

export function findQuotes(ctx: Context): TracedQuote[] {
  const { text, paragraphs } = ctx;
  const spans = scanQuotes(text, paragraphs);
  if (spans.length === 0) return [];
  const all = buildContexts(text, paragraphs, spans);
  const contexts: QuoteContext[] = [];
  const found: (Attribution | null)[] = [];
  let dropped = false;
  const curly = usesCurlyMarks(text, spans);
  for (const c of all) {
    const a = attribute(c, text);
    const keep = keepQuote(c, a, text, ctx, dropped && c.indexInPara > 0, curly);
    dropped = !keep;
    if (!keep) continue;
    contexts.push(c);
    found.push(a);
  }
  const kinds = contexts.map((c) => quoteKind(c, text));
  inheritSpeakers(contexts, found, text, paragraphs, kinds);

  // Built on first use: a document whose quotes name no one never pays for it.
  let namer: SpeakerNamer | null = null;
  const names = (): SpeakerNamer => (namer ??= new SpeakerNamer(text, paragraphs, ctx.sentences, ctx.found.people, spans));
  return contexts.map((c, i) => {
    const a = found[i];
    const finding: QuoteFinding = {
      start: c.q.start,
      end: c.q.end,
      text: text.slice(c.q.start, c.q.end),
      kind: kinds[i],
      speaker: a?.mention ? names().name(a, c.q.open) : null,
      cue: a?.cue ?? null,
      closed: c.q.closed,
    };
    return { finding, rule: a?.rule ?? null };
  });
}

function keepQuote(c: QuoteContext, a: Attribution | null, text: string, ctx: Context, previousDropped: boolean, curly: boolean): boolean {
  if (c.q.single) {
    // Single marks quote only in a headline or with their own reporting clause ('We will,' he said).
    const framed = a !== null && !a.rule.endsWith('embedded');
    if (!framed && !isHeadline(text, ctx.paragraphs[c.q.para])) return false;
  }
  return notQuote(c, text, a, previousDropped, curly) === null;
}

/** A short line without a full stop: a headline or standfirst. */
function isHeadline(text: string, para: { start: number; end: number }): boolean {
  return para.end - para.start < 200 && !/[.!?]["'”’]?$/.test(text.slice(para.end - 2, para.end));
}
