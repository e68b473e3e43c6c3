// Sentence segmentation on the development data.
//
// 1. pragmatic_segmenter's English cases (sentences-dev.jsonl). A case counts when every sentence comes out
//    exactly. The gold was written through pragmatic_segmenter's text *cleaner*, which rewrites text (it joins
//    hard-wrapped lines, collapses runs of spaces, turns ` into '), while newsmine returns ranges of the text as
//    it is; so sentences are compared with whitespace removed and ` read as '. Cases whose gold drops or changes
//    letters (HTML tags, "........" removed, literal "\r\n" escapes) cannot be met by any offset-exact segmenter:
//    they are counted as failures in "exact cases" and left out of "exact, reachable cases".
// 2. Boundary precision/recall/F1: a boundary is placed by the number of letters and digits before it, so
//    which side of a boundary a quote mark or space falls on does not matter. The end of the text is not a
//    boundary (it always is one).
// 3. News: CoNLL-2003 dev (Reuters 1996), one sentence per line. "lines kept" segments the text as given
//    (layout: the line breaks must stay boundaries; the few CoNLL stories that kept their newswire hard wrap
//    cost recall here, as their wrapped lines count as sentences); "lines run on" joins each line that ends in
//    . ! ? or a closing quote to the next with a space, and separates the others (headlines, datelines, table
//    rows) by a blank line, so the boundaries must be found in running text.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { segment } from '../../src/segment/index.js';
import { prf, type ScoreRow, type Scorer } from './types.js';

interface Case {
  id: string;
  input: string;
  expected: string[];
}

const ALNUM = /[\p{L}\p{N}]/u;

/** Alphanumeric characters of `s`, in order. */
function alnum(s: string): string {
  let out = '';
  for (const ch of s) if (ALNUM.test(ch)) out += ch;
  return out;
}

/** What a comparison ignores: whitespace, and ` written for '. */
export function comparable(s: string): string {
  return s.replace(/\s+/g, '').replace(/`/g, "'");
}

/** Boundary keys of consecutive pieces: alphanumerics before each piece's end, the last one left out. */
function boundaryKeys(pieces: readonly string[]): Set<number> {
  const keys = new Set<number>();
  let n = 0;
  for (let i = 0; i < pieces.length - 1; i++) {
    n += alnum(pieces[i]).length;
    keys.add(n);
  }
  return keys;
}

/** Boundary keys of predicted sentence ranges over `text`. */
function predictedKeys(text: string, ends: readonly number[]): Set<number> {
  const keys = new Set<number>();
  let n = 0;
  let at = 0;
  for (let i = 0; i < ends.length - 1; i++) {
    n += alnum(text.slice(at, ends[i])).length;
    at = ends[i];
    keys.add(n);
  }
  return keys;
}

class Counts {
  tp = 0;
  predicted = 0;
  gold = 0;
  add(gold: Set<number>, got: Set<number>): void {
    for (const k of got) if (gold.has(k)) this.tp++;
    this.predicted += got.size;
    this.gold += gold.size;
  }
}

function boundaryRows(set: string, c: Counts, target?: number): ScoreRow[] {
  const { p, r, f1 } = prf(c.tp, c.predicted, c.gold);
  return [
    { set, metric: 'boundary precision', value: p, n: c.predicted },
    { set, metric: 'boundary recall', value: r, n: c.gold },
    { set, metric: 'boundary F1', value: f1, n: c.gold, ...(target === undefined ? {} : { target }) },
  ];
}

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);
}

/** Ids of failing pragmatic cases, for `npm run score -- sentences --verbose`. */
export const failures: string[] = [];

function scorePragmatic(devDir: string): ScoreRow[] {
  const cases = readJsonl<Case>(path.join(devDir, 'sentences-dev.jsonl'));
  let exact = 0;
  let reachable = 0;
  let reachableExact = 0;
  const counts = new Counts();
  failures.length = 0;
  for (const c of cases) {
    const { sentences } = segment(c.input);
    const got = sentences.map((s) => c.input.slice(s.start, s.end));
    const ok = got.length === c.expected.length && got.every((s, i) => comparable(s) === comparable(c.expected[i]));
    // Reachable: the gold, without whitespace, is the input's own characters in order.
    const isReachable = alnum(c.expected.join('')) === alnum(c.input) && inOrder(comparable(c.input), c.expected.map(comparable));
    if (ok) exact++;
    else failures.push(c.id + (isReachable ? '' : ' (unreachable)'));
    if (isReachable) {
      reachable++;
      if (ok) reachableExact++;
    }
    if (alnum(c.expected.join('')) === alnum(c.input)) {
      counts.add(boundaryKeys(c.expected), predictedKeys(c.input, sentences.map((s) => s.end)));
    }
  }
  const set = 'sentences-dev (pragmatic_segmenter)';
  return [
    { set, metric: 'exact cases', value: exact / cases.length, n: cases.length, target: 0.95 },
    { set, metric: 'exact cases, reachable by ranges', value: reachableExact / reachable, n: reachable },
    ...boundaryRows(set, counts),
  ];
}

function inOrder(hay: string, needles: readonly string[]): boolean {
  let at = 0;
  for (const n of needles) {
    const i = hay.indexOf(n, at);
    if (i < 0) return false;
    at = i + n.length;
  }
  return true;
}

const RUN_ON_END = /[.!?]["'”’)]*$/;

function scoreConll(devDir: string): ScoreRow[] {
  const file = path.join(devDir, 'ner-dev.jsonl');
  if (!existsSync(file)) return [];
  const kept = new Counts();
  const runOn = new Counts();
  for (const doc of readJsonl<{ text: string }>(file)) {
    const lines = doc.text.split('\n').filter((l) => l.trim() !== '');
    const ends = (t: string) => segment(t).sentences.map((s) => s.end);
    kept.add(boundaryKeys(lines), predictedKeys(doc.text, ends(doc.text)));
    let joined = '';
    for (let i = 0; i < lines.length; i++) {
      joined += lines[i];
      if (i < lines.length - 1) joined += RUN_ON_END.test(lines[i]) ? ' ' : '\n\n';
    }
    runOn.add(boundaryKeys(lines), predictedKeys(joined, ends(joined)));
  }
  return [...boundaryRows('ner-dev (CoNLL news), lines kept', kept, 0.99), ...boundaryRows('ner-dev (CoNLL news), lines run on', runOn, 0.99)];
}

export const scorer: Scorer = {
  name: 'sentences',
  needs: ['sentences-dev.jsonl'],
  run(devDir) {
    const rows = [...scorePragmatic(devDir), ...scoreConll(devDir)];
    if (process.argv.includes('--verbose')) console.error(`failing cases: ${failures.join(', ')}`);
    return rows;
  },
};
