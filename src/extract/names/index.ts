import type { Context } from '../context.js';
import { candidates, type Candidate } from './candidates.js';
import { classify, type Mention } from './classify.js';
import { datelineMentions } from './dateline.js';
import { DocumentNames, resolveWithDocument } from './document.js';
import { gazetteer } from './gazetteer.js';
import { headlineMentions } from './headline.js';
import { peopleFromLayout } from './lists.js';
import { regionsByDocument } from './region-kind.js';
import { isSportsReport, isTeamName, tallySports } from './sports.js';
import { isAllCaps, tokenize, type Token } from './tokens.js';

export type { Label, Mention } from './classify.js';
export type { Place } from './place-lookup.js';

// The shared candidate stage behind people and places: both extractors read the same
// classified mentions, computed once per document.
// One entry, not a WeakMap: the extractors ask for the same document one after the other,
// and a WeakMap's entries outlive the young generation (every token was promoted to old space).
let cachedCtx: Context | null = null;
let cachedMentions: Mention[] = [];

/** Every person, place, organisation and other name the document mentions, sorted by start. */
export function nameMentions(ctx: Context): Mention[] {
  if (ctx !== cachedCtx) {
    cachedMentions = analyse(ctx);
    cachedCtx = ctx;
  }
  return cachedMentions;
}

interface SentenceWork {
  tokens: Token[];
  caps: boolean;
  cands: Candidate[];
  mentions: (Mention | null)[];
  /** End of the dateline places at the start of the sentence (0 when none). */
  datelineEnd: number;
  datelines: Mention[];
  /** The sentence has sports cues of its own. */
  sporty: boolean;
}

const NONE: Mention[] = [];

function analyse(ctx: Context): Mention[] {
  const g = gazetteer();
  const doc = new DocumentNames();
  const paragraphStarts = new Set(ctx.paragraphs.map((p) => p.start));
  const work: SentenceWork[] = [];
  const sports = { words: 0, cues: 0 };
  // Pass 1: candidates and their own evidence, sentence by sentence.
  for (const s of ctx.sentences) {
    const tokens = tokenize(ctx.text, s.start, s.end);
    const cuesBefore = sports.cues;
    const numbers = tallySports(tokens, sports);
    // A national capital is a team only in a sentence that itself reads as sport (a score, a cue
    // word, a table's numbers): "Spain said it would raise defence spending, and Washington welcomed the move."
    const sporty = sports.cues > cuesBefore || numbers;
    const caps = isAllCaps(ctx.text, s.start, s.end);
    const datelines = paragraphStarts.has(s.start) ? datelineMentions(tokens, ctx.text, g) : NONE;
    const datelineEnd = datelines.length ? datelines[datelines.length - 1].end : 0;
    let cands = caps ? [] : candidates(tokens, ctx.text);
    if (datelineEnd > 0) cands = cands.filter((c) => c.start >= datelineEnd);
    // A sentence with nothing in it adds nothing in pass 2: let its tokens go now.
    if (!caps && cands.length === 0 && datelines.length === 0) continue;
    const mentions = cands.map((c) => classify(c, g));
    peopleFromLayout(cands, mentions);
    for (const m of mentions) if (m) doc.learn(m);
    for (const m of datelines) doc.learn(m);
    work.push({ tokens, caps, cands, mentions, datelineEnd, datelines, sporty });
  }
  // Pass 2: what the whole document says decides the rest, headlines included.
  const out: Mention[] = [];
  const sportsReport = isSportsReport(sports);
  // Loops, not push(...list): one endless sentence ("Mr. Smith said " × 300,000) has more
  // mentions than a call has room for arguments.
  for (const w of work) {
    for (const m of w.datelines) out.push(m);
    const from = out.length;
    if (w.caps) {
      const k = w.datelineEnd ? w.tokens.findIndex((t) => t.start >= w.datelineEnd) : 0;
      for (const m of headlineMentions(k < 0 ? [] : w.tokens.slice(k), ctx.text, doc, g)) out.push(m);
    } else for (const m of resolveWithDocument(w.cands, w.mentions, doc, g)) out.push(m);
    if (sportsReport) {
      for (let k = from; k < out.length; k++) {
        const m = out[k];
        if (isTeamName(m) && (w.sporty || w.caps || !m.place?.entry?.capital)) m.label = 'ORG';
      }
    }
  }
  regionsByDocument(out);
  return out.sort((a, b) => a.start - b.start);
}
