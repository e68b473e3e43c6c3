// Scores the numbers extractor on Microsoft Recognizers-Text's English spec
// cases (../shared/dev/numbers-cases-dev.jsonl: NumberModel, OrdinalModel and
// PercentModel suites). Strict span F1 (start and end equal, code points) and
// value accuracy on matched spans. currency-cases.ts reuses this module.
//
// How the two conventions are mapped — fairly, and only where our contract
// (fixtures/README.md, DESIGN.md §2) says something different:
//
// 1. Each suite is scored on the kinds it annotates; findings of other kinds
//    are ignored, not counted as errors (a CurrencyModel case that says "All
//    70 of us." has no money; our cardinal 70 is not a false money).
//      NumberModel  → our cardinal and fraction findings, plus money findings
//                     (Recognizers reads "20" out of "$20"; see 2).
//      OrdinalModel → our ordinal findings.   PercentModel → our percent findings.
//      CurrencyModel→ our money findings.
//    Our quantities ("180ml", "29km") are left out of NumberModel: Recognizers
//    leaves numbers glued to units to its dimension model, and its gold there is
//    empty.
// 2. A money finding matches a NumberModel gold number when the gold span lies
//    inside it and what is left over holds no digit and no number word — only
//    the currency sign, code or name ("$20" ↔ "20", "hundred thousand dollars"
//    ↔ "hundred thousand"). Our contract puts the currency inside the span.
// 3. Gold spans our contract says are not numbers are excluded from scoring
//    (neither a hit nor a miss), decided from the gold text and the input only,
//    never from our output, and counted in the "excluded" row:
//      - values that are not numbers: relative ordinals ("next" → current+1,
//        "last" → end+0), "percentage" and "dollars" with a null value;
//      - a number followed by a time unit ("over 3 years"): a duration;
//      - a number inside a dotted address or version ("192.168.1.2") or joined
//        to a name by a hyphen ("SCP-173");
//      - an OrdinalModel "third" that is the denominator of a fraction
//        ("forty two and a third"): our contract reads "a third" as a fraction.
// 4. Values: numbers equal within a relative 1e-9 (the spec writes 15
//    significant digits). Money also needs the currency right (currency-cases.ts).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mine } from '../../src/index.js';
import type { NumberFinding } from '../../src/types.js';
import { prf, type ScoreRow, type Scorer } from './types.js';

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
  type: string;
  value: unknown;
  subtype?: string | null;
  unit?: string | null;
  isoCurrency?: string | null;
}

export interface SpecCase {
  id: string;
  suite: string;
  input: string;
  spans: GoldSpan[];
}

export interface Tally {
  gold: number;
  predicted: number;
  matched: number;
  valueRight: number;
  excluded: number;
  errors: string[];
}

export function readCases(file: string): SpecCase[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as SpecCase);
}

export function newTally(): Tally {
  return { gold: 0, predicted: 0, matched: 0, valueRight: 0, excluded: 0, errors: [] };
}

const TIME_UNIT_AFTER = /^[ -]?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)\b/i;
const NUMBER_WORD = /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|half|quarter)\b/i;

/** Why a gold span is outside our contract (rule 3 above), or null when it is scored. */
export function exclusion(c: SpecCase, g: GoldSpan): string | null {
  if (typeof g.value !== 'number') return 'value is not a number';
  const chars = Array.from(c.input);
  const after = chars.slice(g.end, g.end + 12).join('');
  const before = chars.slice(Math.max(0, g.start - 2), g.start).join('');
  if (g.type === 'number' && TIME_UNIT_AFTER.test(after)) return 'duration';
  if (/^\.\d/.test(after) || /\d\.$/.test(before)) return 'dotted address or version';
  if (/[A-Za-z]-$/.test(before)) return 'inside a name';
  if (g.type === 'ordinal' && /\band\s+an?\s+$/.test(chars.slice(Math.max(0, g.start - 10), g.start).join(''))) return 'fraction denominator';
  return null;
}

/** The kinds of our findings a suite is scored on (rule 1). */
export function kindsFor(suite: string): ReadonlySet<string> {
  switch (suite) {
    case 'OrdinalModel': return new Set(['ordinal']);
    case 'PercentModel': return new Set(['percent']);
    case 'CurrencyModel': return new Set(['money']);
    default: return new Set(['cardinal', 'fraction', 'money']);
  }
}

export function sameNumber(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** Rule 2: a money finding covers a bare gold number and nothing else numeric. */
function moneyCovers(input: string[], f: NumberFinding, g: GoldSpan): boolean {
  if (g.start < f.start || g.end > f.end) return false;
  const rest = input.slice(f.start, g.start).join('') + ' ' + input.slice(g.end, f.end).join('');
  return !/\d/.test(rest) && !NUMBER_WORD.test(rest);
}

/**
 * Scores one case into `t`. `valueOk` judges a matched pair's value (money
 * adds the currency). Returns nothing; errors are recorded for printing.
 */
export function scoreCase(c: SpecCase, t: Tally, valueOk: (f: NumberFinding, g: GoldSpan) => boolean): void {
  const kinds = kindsFor(c.suite);
  const input = Array.from(c.input);
  const found = mine(c.input, { only: ['numbers'] }).numbers.filter((f) => kinds.has(f.kind));
  const gold = c.spans.filter((g) => {
    const why = exclusion(c, g);
    if (why) t.excluded++;
    return !why;
  });
  t.gold += gold.length;
  t.predicted += found.length;
  const used = new Set<NumberFinding>();
  for (const g of gold) {
    const f = found.find((x) => !used.has(x) && ((x.start === g.start && x.end === g.end) || (c.suite === 'NumberModel' && x.kind === 'money' && moneyCovers(input, x, g))));
    if (!f) {
      t.errors.push(`${c.id} missed "${g.text}" in ${JSON.stringify(c.input.slice(0, 90))}`);
      continue;
    }
    used.add(f);
    t.matched++;
    if (valueOk(f, g)) t.valueRight++;
    else t.errors.push(`${c.id} value "${g.text}": got ${JSON.stringify(f.value)} ${f.unit ?? ''}, want ${JSON.stringify(g.value)} ${g.isoCurrency ?? g.unit ?? ''}`);
  }
  for (const f of found) if (!used.has(f)) t.errors.push(`${c.id} extra "${f.text}" (${f.kind}) in ${JSON.stringify(c.input.slice(0, 90))}`);
}

/** Money findings of the NumberModel suite compare their amount with the bare gold number. */
function numberValueOk(f: NumberFinding, g: GoldSpan): boolean {
  return typeof f.value === 'number' && typeof g.value === 'number' && sameNumber(f.value, g.value);
}

export function rows(set: string, t: Tally): ScoreRow[] {
  const { f1, p, r } = prf(t.matched, t.predicted, t.gold);
  if (process.env.NEWSMINE_SCORE_VERBOSE) for (const e of t.errors) console.error('  ' + e);
  return [
    { set, metric: 'span F1 (strict)', value: f1, n: t.gold, target: 0.9 },
    { set, metric: 'span precision', value: p, n: t.predicted },
    { set, metric: 'span recall', value: r, n: t.gold },
    { set, metric: 'value accuracy (matched spans)', value: t.matched ? t.valueRight / t.matched : 0, n: t.matched, target: 0.9 },
    { set, metric: 'gold spans excluded as out of contract', value: t.excluded },
  ];
}

export const scorer: Scorer = {
  name: 'numbers-cases',
  needs: ['numbers-cases-dev.jsonl'],
  run(devDir) {
    const t = newTally();
    for (const c of readCases(path.join(devDir, 'numbers-cases-dev.jsonl'))) scoreCase(c, t, numberValueOk);
    return rows('numbers-cases-dev (Recognizers-Text)', t);
  },
};
