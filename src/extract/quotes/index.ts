import type { QuoteFinding, Speaker } from '../../types.js';
import type { Context, Extractor } from '../context.js';
import { attribute } from './attribute.js';
import type { Attribution } from './attribution/types.js';
import { buildContexts, type QuoteContext } from './clauses.js';
import { inheritSpeakers } from './continuation.js';
import { quoteKind } from './kind.js';
import { notQuote } from './not-quote.js';
import { PersonIndex } from './person-index.js';
import { scanQuotes } from './scanner.js';

/**
 * Quotes and who said them: scan the quote marks (scanner.ts), read the
 * reporting clause around each quote (clauses.ts, attribution/), drop titles
 * and scare quotes (not-quote.ts), let quotes without a clause inherit their
 * neighbour's speaker (continuation.ts), then name each speaker (person-index.ts).
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
  for (const c of all) {
    const a = attribute(c, text);
    const keep = keepQuote(c, a, text, ctx, dropped && c.indexInPara > 0);
    dropped = !keep;
    if (!keep) continue;
    contexts.push(c);
    found.push(a);
  }
  const kinds = contexts.map((c) => quoteKind(c, text));
  inheritSpeakers(contexts, found, text, paragraphs, kinds);

  // Built on first use: a document whose quotes name no one never pays for it.
  let index: PersonIndex | null = null;
  const people = (): PersonIndex => (index ??= new PersonIndex(text, paragraphs, ctx.found.people ?? [], spans));
  return contexts.map((c, i) => {
    const a = found[i];
    const finding: QuoteFinding = {
      start: c.q.start,
      end: c.q.end,
      text: text.slice(c.q.start, c.q.end),
      kind: kinds[i],
      speaker: a?.mention ? speakerOf(a, people, c.q.open, text) : null,
      cue: a?.cue ?? null,
      closed: c.q.closed,
    };
    return { finding, rule: a?.rule ?? null };
  });
}

function keepQuote(c: QuoteContext, a: Attribution | null, text: string, ctx: Context, previousDropped: boolean): boolean {
  if (c.q.single) {
    // Single marks quote only in a headline or with their own reporting clause ('We will,' he said).
    const framed = a !== null && !a.rule.endsWith('embedded');
    if (!framed && !isHeadline(text, ctx.paragraphs[c.q.para])) return false;
  }
  return notQuote(c, text, a, previousDropped) === null;
}

/** A short line without a full stop: a headline or standfirst. */
function isHeadline(text: string, para: { start: number; end: number }): boolean {
  return para.end - para.start < 200 && !/[.!?]["'”’]?$/.test(text.slice(para.end - 2, para.end));
}

const PERSON_ROLES = new Set(['president', 'leader', 'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'senator', 'governor', 'mayor', 'chancellor', 'premier', 'general', 'commander', 'chief', 'secretary', 'ambassador', 'envoy', 'candidate', 'nominee', 'congressman', 'congresswoman', 'chairman', 'chairwoman', 'director', 'king', 'queen', 'pope', 'judge', 'prosecutor']);

/** "the president", "the Ukrainian leader" (a definite article before it): one known person. */
function isPersonDescription(m: { start: number; end: number; text: string }, text: string): boolean {
  const words = m.text.toLowerCase().split(/\s+/);
  return PERSON_ROLES.has(words[words.length - 1]) && /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start));
}

function speakerOf(a: Attribution, people: () => PersonIndex, quoteStart: number, text: string): Speaker {
  const m = a.mention!;
  let name: string;
  if (m.type === 'pronoun') {
    const lower = m.text.toLowerCase();
    const ante = lower === 'he' || lower === 'she' ? people().antecedent(Math.min(m.start, quoteStart), lower) : null;
    name = ante ? ante.name : m.text;
  } else if (m.type === 'group') {
    // "the president added", "the Ukrainian leader said": a definite description of one person
    // names the most recent person; other groups keep their words ("Chinese Foreign Ministry").
    const words = m.text.toLowerCase().split(/\s+/);
    const ante = isPersonDescription(m, text) ? people().described(m.start, words.slice(0, -1)) : null;
    name = ante ? ante.name : m.text.replace(/^(the|a|an)\s+/i, '');
  } else {
    name = people().canonical(m);
    people().addSpeaker(m, name);
  }
  return { name, start: m.start, end: m.end };
}
