import type { Context } from '../context.js';
import { candidates, type Candidate } from './candidates.js';
import { classify, type Mention } from './classify.js';
import { datelineMentions } from './dateline.js';
import { DocumentNames, resolveWithDocument } from './document.js';
import { gazetteer } from './gazetteer.js';
import { headlineMentions } from './headline.js';
import { peopleFromLayout } from './lists.js';
import { isSportsReport, isTeamName, tallySports } from './sports.js';
import { isAllCaps, tokenize, type Token } from './tokens.js';

export type { Label, Mention } from './classify.js';
export type { Place } from './place-lookup.js';

// The shared candidate stage behind people and places: both extractors read the same
// classified mentions, computed once per document.
const cache = new WeakMap<Context, Mention[]>();

/** Every person, place, organisation and other name the document mentions, sorted by start. */
export function nameMentions(ctx: Context): Mention[] {
  let m = cache.get(ctx);
  if (!m) {
    m = analyse(ctx);
    cache.set(ctx, m);
  }
  return m;
}

interface SentenceWork {
  tokens: Token[];
  caps: boolean;
  cands: Candidate[];
  mentions: (Mention | null)[];
  /** End of the dateline places at the start of the sentence (0 when none). */
  datelineEnd: number;
  datelines: Mention[];
}

function analyse(ctx: Context): Mention[] {
  const g = gazetteer();
  const doc = new DocumentNames();
  const paragraphStarts = new Set(ctx.paragraphs.map((p) => p.start));
  const work: SentenceWork[] = [];
  const sports = { words: 0, cues: 0 };
  // Pass 1: candidates and their own evidence, sentence by sentence.
  for (const s of ctx.sentences) {
    const tokens = tokenize(ctx.text, s.start, s.end);
    tallySports(tokens, sports);
    const caps = isAllCaps(ctx.text, s.start, s.end);
    const datelines = paragraphStarts.has(s.start) ? datelineMentions(tokens, ctx.text, g) : [];
    const datelineEnd = datelines.length ? datelines[datelines.length - 1].end : 0;
    const cands = caps ? [] : candidates(tokens, ctx.text).filter((c) => c.start >= datelineEnd);
    const mentions = cands.map((c) => classify(c, g));
    peopleFromLayout(cands, mentions);
    for (const m of mentions) if (m) doc.learn(m);
    for (const m of datelines) doc.learn(m);
    work.push({ tokens, caps, cands, mentions, datelineEnd, datelines });
  }
  // Pass 2: what the whole document says decides the rest, headlines included.
  const out: Mention[] = [];
  for (const w of work) {
    out.push(...w.datelines);
    if (w.caps) {
      const from = w.datelineEnd ? w.tokens.findIndex((t) => t.start >= w.datelineEnd) : 0;
      out.push(...headlineMentions(from < 0 ? [] : w.tokens.slice(from), ctx.text, doc, g));
    } else out.push(...resolveWithDocument(w.cands, w.mentions, doc, g));
  }
  if (isSportsReport(sports)) {
    for (const m of out) if (m.rule !== 'dateline' && isTeamName(m)) m.label = 'ORG';
  }
  return out.sort((a, b) => a.start - b.start);
}
