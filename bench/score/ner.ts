import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mine } from '../../src/index.js';
import { prf, type ScoreRow, type Scorer } from './types.js';

// CoNLL-2003 dev (eng.testa): our people → PER, places → LOC, scored exactly (same
// start and end) and by overlap. NER_DUMP=file writes every miss and false alarm with
// the gold label it collided with, for error analysis. scoreNer is shared with
// peers-ner.ts, which scores other tools' people and places the same way.

interface Gold {
  start: number;
  end: number;
  label: string;
}
export interface NerDoc {
  id: string;
  text: string;
  spans: Gold[];
}
/** A predicted span, in code points like the gold. */
export interface Span {
  start: number;
  end: number;
}

export const NER_SET = 'ner-dev (CoNLL-2003 testa)';
const LABELS = ['PER', 'LOC'] as const;
export type NerPredict = (d: NerDoc) => Record<(typeof LABELS)[number], Span[]>;

export function readNerDocs(devDir: string): NerDoc[] {
  return readFileSync(path.join(devDir, 'ner-dev.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as NerDoc);
}

/** Exact P/R/F1 and overlap F1 per label; `dump` collects every miss and false alarm. */
export function scoreNer(docs: readonly NerDoc[], predict: NerPredict, dump: string[] = []): ScoreRow[] {
  const counts = Object.fromEntries(LABELS.map((l) => [l, { tp: 0, otp: 0, pred: 0, gold: 0, opred: 0 }]));
  for (const d of docs) {
    const chars = Array.from(d.text);
    const pred = predict(d);
    for (const l of LABELS) {
      const gold = d.spans.filter((s) => s.label === l);
      const c = counts[l];
      c.gold += gold.length;
      c.pred += pred[l].length;
      const key = (s: Span) => `${s.start}:${s.end}`;
      const goldKeys = new Set(gold.map(key));
      const predKeys = new Set(pred[l].map(key));
      for (const p of pred[l]) {
        if (goldKeys.has(key(p))) c.tp++;
        else {
          const hit = d.spans.find((g) => g.start < p.end && p.start < g.end);
          dump.push(`FP ${l}\t${chars.slice(p.start, p.end).join('')}\t${hit ? `${hit.label}:${chars.slice(hit.start, hit.end).join('')}` : '-'}\t${d.id}`);
        }
        if (gold.some((g) => g.start < p.end && p.start < g.end)) c.opred++;
      }
      for (const g of gold) {
        if (pred[l].some((p) => p.start < g.end && g.start < p.end)) c.otp++;
        if (!predKeys.has(key(g))) dump.push(`FN ${l}\t${chars.slice(g.start, g.end).join('')}\t${context(chars, g)}\t${d.id}`);
      }
    }
  }
  const rows: ScoreRow[] = [];
  for (const l of LABELS) {
    const c = counts[l];
    const exact = prf(c.tp, c.pred, c.gold);
    const overlap = { p: c.pred ? c.opred / c.pred : 0, r: c.gold ? c.otp / c.gold : 0 };
    const of1 = overlap.p + overlap.r ? (2 * overlap.p * overlap.r) / (overlap.p + overlap.r) : 0;
    const set = NER_SET;
    rows.push(
      { set, metric: `${l} exact P`, value: exact.p, n: c.pred },
      { set, metric: `${l} exact R`, value: exact.r, n: c.gold },
      { set, metric: `${l} exact F1`, value: exact.f1, n: c.gold, target: 0.88 },
      { set, metric: `${l} overlap F1`, value: of1, n: c.gold },
    );
  }
  return rows;
}

export const scorer: Scorer = {
  name: 'ner',
  needs: ['ner-dev.jsonl'],
  run(devDir) {
    const dump: string[] = [];
    const rows = scoreNer(readNerDocs(devDir), (d) => {
      const out = mine(d.text, { only: ['people', 'places'] });
      return { PER: out.people, LOC: out.places };
    }, dump);
    if (process.env.NER_DUMP) writeFileSync(process.env.NER_DUMP, dump.join('\n') + '\n');
    return rows;
  },
};

function context(chars: string[], g: Span): string {
  return chars.slice(Math.max(0, g.start - 30), g.end + 30).join('').replace(/\s+/g, ' ');
}
