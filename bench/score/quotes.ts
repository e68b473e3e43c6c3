// PolNeAR quotes (quotes-dev.jsonl): spans, kinds, speakers, and the scare
// quotes and titles we must not report, for newsmine and for a naive scanner
// side by side. `npm run score -- quotes` scores the "dev" split; set
// NEWSMINE_QUOTES_SPLIT=train to score the training split instead, and
// NEWSMINE_QUOTES_ERRORS=FILE to write every miss and false alarm there.
//
// Definitions (all offsets are code points, as in the data):
// - span match: exact = same start and end (PolNeAR spans exclude the marks, as ours do);
//   overlap = one-to-one greedy pairing of overlapping spans.
// - A gold quote that runs over several paragraphs is split into one piece per paragraph,
//   our convention (fixtures/README.md); 28 of 7,520 gold quotes are affected.
// - "direct" rows compare predictions of kind direct with gold of kind direct;
//   "all" rows ignore kind (PolNeAR's "embedded" is our "partial").
// - speaker right, on span-matched (exact) pairs:
//     mention: our speaker span overlaps the gold speaker mention (speakerStart..speakerEnd);
//     name: the last word of our speaker name occurs as a word in the gold speaker text or in
//       speakerResolved (PolNeAR's automatic pronoun resolution);
//     either (the headline figure): mention or name.
//   A gold quote with speakerType "none" is right when we give no speaker.
// - end-to-end: a prediction counts when its span matches exactly and its speaker is right (either).
// - on nonQuotes: predictions overlapping a nonQuotes span (scare quotes, titles) and no gold quote.
// - predictions inside the record's `ignore` ranges (tweet markup) are not scored.
// - records with neither quotes nor nonQuotes are skipped: they were not annotated (116 of
//   the 119 NYT articles, whose `''` marks hold dozens of quotes each, have no annotation at all).
// The naive baseline: every pair of double quote marks, in order, is a direct quote whose
// speaker is the nearest capitalised word run outside it.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { findQuotes } from '../../src/extract/quotes/index.js';
import { mine } from '../../src/index.js';
import { segment } from '../../src/segment/index.js';
import { prf, type ScoreRow, type Scorer } from './types.js';

interface GoldQuote {
  start: number;
  end: number;
  kind: 'direct' | 'embedded';
  speaker: string;
  speakerStart: number;
  speakerEnd: number;
  speakerType: 'name' | 'pronoun' | 'nominal' | 'none';
  speakerResolved?: string;
  multiPara: boolean;
}
interface Span {
  start: number;
  end: number;
}
interface Rec {
  id: string;
  split: string;
  text: string;
  quotes: GoldQuote[];
  nonQuotes: Span[];
  ignore: Span[];
}
export interface Pred {
  start: number;
  end: number;
  kind: 'direct' | 'partial';
  speaker: { name: string; start: number; end: number } | null;
  /** The speaker rule that fired (ours only, for the error listing). */
  rule?: string | null;
}

interface Tally {
  pred: number;
  gold: number;
  exact: number;
  overlap: number;
  spkMention: number;
  spkName: number;
  spkEither: number;
  e2e: number;
}
const tally = (): Tally => ({ pred: 0, gold: 0, exact: 0, overlap: 0, spkMention: 0, spkName: 0, spkEither: 0, e2e: 0 });

export interface Result {
  direct: Tally;
  all: Tally;
  kindRight: number;
  kindMatched: number;
  onNonQuotes: number;
  nonQuotes: number;
  errors: string[];
}

const SET = 'quotes-dev (PolNeAR)';

export const scorer: Scorer = {
  name: 'quotes',
  needs: ['quotes-dev.jsonl'],
  run(devDir) {
    const split = process.env.NEWSMINE_QUOTES_SPLIT ?? 'dev';
    const recs = loadRecords(path.join(devDir, 'quotes-dev.jsonl'), split);
    const ours = score(recs, (r) => ourPredictions(r.text));
    const naive = score(recs, (r) => naivePredictions(r.text));
    if (process.env.NEWSMINE_QUOTES_ERRORS) writeFileSync(process.env.NEWSMINE_QUOTES_ERRORS, ours.errors.join('\n'));
    const set = `${SET} ${split}`;
    const rows: ScoreRow[] = [];
    const add = (metric: string, a: number, b: number, n: number, target?: number): void => {
      rows.push({ set, metric, value: a, n, ...(target === undefined ? {} : { target }) });
      rows.push({ set, metric: `${metric} — naive scanner`, value: b, n });
    };
    for (const [label, o, nv, targets] of [
      ['direct', ours.direct, naive.direct, true],
      ['all', ours.all, naive.all, false],
    ] as const) {
      add(`${label} span F1 (exact)`, prf(o.exact, o.pred, o.gold).f1, prf(nv.exact, nv.pred, nv.gold).f1, o.gold, targets ? 0.95 : undefined);
      add(`${label} span F1 (overlap)`, prf(o.overlap, o.pred, o.gold).f1, prf(nv.overlap, nv.pred, nv.gold).f1, o.gold);
      add(`${label} speaker accuracy (mention or name)`, ratio(o.spkEither, o.exact), ratio(nv.spkEither, nv.exact), o.exact, targets ? 0.88 : undefined);
      add(`${label} speaker accuracy (strict mention)`, ratio(o.spkMention, o.exact), ratio(nv.spkMention, nv.exact), o.exact);
      add(`${label} speaker accuracy (name level)`, ratio(o.spkName, o.exact), ratio(nv.spkName, nv.exact), o.exact);
      add(`${label} end-to-end F1`, prf(o.e2e, o.pred, o.gold).f1, prf(nv.e2e, nv.pred, nv.gold).f1, o.gold, targets ? 0.85 : undefined);
    }
    rows.push({ set, metric: 'kind accuracy (direct/partial) on exact matches', value: ratio(ours.kindRight, ours.kindMatched), n: ours.kindMatched });
    add('predictions on nonQuotes (count)', ours.onNonQuotes, naive.onNonQuotes, ours.nonQuotes);
    rows.push({ set, metric: 'nonQuotes false positives cut vs naive', value: 1 - ours.onNonQuotes / Math.max(1, naive.onNonQuotes), target: 0.8 });
    return rows;
  },
};

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

export function loadRecords(file: string, split: string): Rec[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Rec)
    .filter((r) => (split === 'all' || r.split === split) && (r.quotes.length > 0 || r.nonQuotes.length > 0));
}

function ourPredictions(text: string): Pred[] {
  const doc = mine(text, { only: ['quotes'] });
  // The rule names come from a traced run; offsets there are UTF-16, so match by position in order.
  const traced = tracedRules(text);
  const aligned = traced.length === doc.quotes.length;
  return doc.quotes.map((q, i) => ({ start: q.start, end: q.end, kind: q.kind, speaker: q.speaker, rule: aligned ? traced[i] : null }));
}

function tracedRules(text: string): (string | null)[] {
  const { paragraphs, sentences } = segment(text);
  const doc = { id: '', path: null, format: 'text' as const, text, meta: { title: null, published: null, authors: [], url: null } };
  return findQuotes({ doc, text, paragraphs, sentences, boilerplate: [], referenceDate: null, found: {} }).map((q) => q.rule);
}

/** Every pair of double marks is a quote; its speaker is the nearest capitalised run. */
export function naivePredictions(text: string): Pred[] {
  const cps = Array.from(text);
  const marks: number[] = [];
  cps.forEach((c, i) => {
    if (c === '"' || c === '“' || c === '”') marks.push(i);
  });
  const names: Span[] = [];
  const joined = cps.join('');
  for (const m of joined.matchAll(/\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*)*/gu)) {
    const start = Array.from(joined.slice(0, m.index)).length;
    names.push({ start, end: start + Array.from(m[0]).length });
  }
  const out: Pred[] = [];
  for (let i = 0; i + 1 < marks.length; i += 2) {
    const s = marks[i] + 1;
    const e = marks[i + 1];
    if (e <= s) continue;
    let best: Span | null = null;
    let dist = Infinity;
    for (const n of names) {
      if (n.start < e + 1 && s - 1 < n.end) continue;
      const d = n.end <= s ? s - n.end : n.start - e;
      if (d < dist) [best, dist] = [n, d];
    }
    out.push({ start: s, end: e, kind: 'direct', speaker: best ? { name: cps.slice(best.start, best.end).join(''), ...best } : null });
  }
  return out;
}

/** A multi-paragraph gold quote becomes one piece per paragraph, without marks or spaces at the cuts. */
function goldPieces(text: string, q: GoldQuote): GoldQuote[] {
  if (!q.multiPara) return [q];
  const cps = Array.from(text);
  const pieces: GoldQuote[] = [];
  let s = q.start;
  const push = (a: number, b: number): void => {
    while (a < b && /[\s"“”']/.test(cps[a])) a++;
    while (b > a && /[\s"“”]/.test(cps[b - 1])) b--;
    if (b > a) pieces.push({ ...q, start: a, end: b });
  };
  for (let i = q.start; i < q.end; i++) {
    if (cps[i] === '\n') {
      push(s, i);
      s = i + 1;
    }
  }
  push(s, q.end);
  return pieces.length ? pieces : [q];
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function speakerRight(p: Pred, g: GoldQuote): { mention: boolean; name: boolean } {
  if (g.speakerType === 'none') return { mention: !p.speaker, name: !p.speaker };
  if (!p.speaker) return { mention: false, name: false };
  const mention = overlaps(p.speaker, { start: g.speakerStart, end: g.speakerEnd });
  const words = p.speaker.name.toLowerCase().replace(/['’]s?$/, '').split(/\s+/);
  const last = words[words.length - 1];
  const inText = (s: string | undefined): boolean =>
    !!s && s.toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(last);
  return { mention, name: inText(g.speaker) || inText(g.speakerResolved) };
}

export function score(recs: Rec[], predict: (r: Rec) => Pred[]): Result {
  const res: Result = { direct: tally(), all: tally(), kindRight: 0, kindMatched: 0, onNonQuotes: 0, nonQuotes: 0, errors: [] };
  for (const r of recs) {
    const preds = predict(r).filter((p) => !r.ignore.some((ig) => overlaps(ig, p)));
    const gold = r.quotes.flatMap((q) => goldPieces(r.text, q));
    res.nonQuotes += r.nonQuotes.length;
    const cps = Array.from(r.text);
    const slice = (s: Span): string => cps.slice(s.start, s.end).join('').replace(/\n/g, ' / ');
    for (const [t, ps, gs] of [
      [res.all, preds, gold],
      [res.direct, preds.filter((p) => p.kind === 'direct'), gold.filter((g) => g.kind === 'direct')],
    ] as const) {
      t.pred += ps.length;
      t.gold += gs.length;
      const byKey = new Map(gs.map((g) => [`${g.start}:${g.end}`, g]));
      const usedGold = new Set<GoldQuote>();
      for (const p of ps) {
        const g = byKey.get(`${p.start}:${p.end}`);
        if (!g) continue;
        usedGold.add(g);
        t.exact++;
        const sr = speakerRight(p, g);
        if (sr.mention) t.spkMention++;
        if (sr.name) t.spkName++;
        if (sr.mention || sr.name) {
          t.spkEither++;
          t.e2e++;
        } else if (t === res.all) {
          const ctx = cps.slice(Math.max(0, Math.min(p.start, g.speakerStart) - 40), Math.max(p.end, g.speakerEnd) + 40).join('').replace(/\n/g, ' / ');
          res.errors.push(`SPEAKER\t${p.rule}\t${g.kind}\t${r.id}\tgold=${g.speaker}|${g.speakerType}|${g.speakerResolved ?? ''}\tours=${p.speaker ? `${p.speaker.name}|${slice(p.speaker)}` : 'null'}\t${ctx}`);
        }
        if (t === res.all) {
          res.kindMatched++;
          if ((g.kind === 'direct') === (p.kind === 'direct')) res.kindRight++;
          else res.errors.push(`KIND\t${r.id}\tgold=${g.kind}\tours=${p.kind}\t${cps.slice(Math.max(0, p.start - 50), p.end + 20).join('').replace(/\n/g, ' / ')}`);
        }
      }
      // Overlap matching: one-to-one, greedy in order.
      const free = [...gs];
      for (const p of ps) {
        const k = free.findIndex((g) => overlaps(g, p));
        if (k >= 0) {
          t.overlap++;
          free.splice(k, 1);
        }
      }
      if (t === res.all) {
        for (const p of ps) {
          if (byKey.has(`${p.start}:${p.end}`)) continue;
          const nq = r.nonQuotes.some((n) => overlaps(n, p)) && !gs.some((g) => overlaps(g, p));
          if (nq) res.onNonQuotes++;
          const near = gs.find((g) => overlaps(g, p));
          const ctx = cps.slice(Math.max(0, p.start - 60), p.end + 30).join('').replace(/\n/g, ' / ');
          res.errors.push(`${nq ? 'FP-NONQUOTE' : near ? 'SPAN' : 'FP'}\t${p.rule}\t${p.kind}\t${p.speaker ? 'spk' : 'nospk'}\t${r.id}\t${near ? `gold=[${slice(near)}]` : ''}\t${ctx}`);
        }
        for (const g of gs) {
          if (usedGold.has(g) || ps.some((p) => overlaps(p, g))) continue;
          res.errors.push(`MISS\t${r.id}\t${g.kind}\t${cps.slice(Math.max(0, g.start - 60), g.end + 30).join('').replace(/\n/g, ' / ')}`);
        }
      }
    }
  }
  return res;
}
