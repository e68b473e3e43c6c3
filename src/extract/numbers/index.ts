import type { DateFinding, NumberFinding, Span } from '../../types.js';
import type { Context, Extractor } from '../context.js';
import { dropOverlaps } from '../refiners.js';
import { HAS_DIGIT, keepIf, toFinding, type Amount, type NumberParser, type NumberRefiner, type Sentence } from './amount.js';
import { digitOrdinalParser } from './parsers/digit-ordinal.js';
import { digitsParser } from './parsers/digits.js';
import { scientificParser } from './parsers/scientific.js';
import { spelledParser } from './parsers/spelled.js';
import { glyphFractionParser, slashFractionParser } from './parsers/symbol-fraction.js';
import { attachMoney } from './refiners/money.js';
import { notAdverbs } from './refiners/not-adverbs.js';
import { notCodes } from './refiners/not-codes.js';
import { notDates, notYears, outsideDates } from './refiners/not-dates.js';
import { notInCompounds } from './refiners/not-in-compounds.js';
import { notInNames } from './refiners/not-in-names.js';
import { notScores } from './refiners/not-scores.js';
import { notSpokenYears } from './refiners/not-spoken-years.js';
import { notTimes } from './refiners/not-times.js';
import { attachPercent } from './refiners/percent.js';
import { notPronounOne } from './refiners/pronoun-one.js';
import { takeQualifiers } from './refiners/qualifier.js';
import { mergeRanges } from './refiners/range.js';
import { mergeRatios } from './refiners/ratio.js';
import { findSubjects } from './refiners/subject.js';
import { attachUnit } from './refiners/unit.js';

/** The English parsers. Earlier ones win ties between equally long candidates. */
export const PARSERS: readonly NumberParser[] = [
  scientificParser,
  digitsParser,
  digitOrdinalParser,
  glyphFractionParser,
  slashFractionParser,
  spelledParser,
];

/** The refiners, in order: pick candidates, drop what is not an amount, grow units, combine, describe. */
export const REFINERS: readonly NumberRefiner[] = [
  longestCandidates,
  notSpokenYears,
  keepIf(notTimes, notInNames, notInCompounds, notDates, notPronounOne, notAdverbs),
  notCodes,
  notScores,
  attachMoney,
  attachPercent,
  attachUnit,
  keepIf(notYears),
  mergeRatios,
  mergeRanges,
  takeQualifiers,
  findSubjects,
  keepIf(outsideDates),
];

/**
 * Numbers, per sentence: parsers find candidates, refiners turn them into
 * amounts. Needs the dates extractor's findings: a date, time or duration is
 * never a number.
 */
export const numbersExtractor: Extractor<'numbers'> = {
  kind: 'numbers',
  needs: ['dates'],
  extract(ctx) {
    const out: NumberFinding[] = [];
    const dates = sortedByStart(ctx.found.dates ?? []);
    let d = 0;
    for (const span of ctx.sentences) {
      while (d < dates.length && dates[d].end <= span.start) d++;
      const s: Sentence = { text: ctx.text.slice(span.start, span.end), start: span.start, dates: datesIn(dates, d, span), ctx };
      for (const a of amountsIn(s)) out.push(toFinding(a, s));
    }
    return out;
  },
};

/** Where parsers overlap ("$3,500" read as digits and as a fraction), the longest reading wins. */
function longestCandidates(amounts: Amount[]): Amount[] {
  if (amounts.length < 2) return amounts;
  // Usually one parser found everything, in order: no sort needed.
  if (!inOrder(amounts)) amounts.sort(byStartLongestFirst);
  for (let i = 1; i < amounts.length; i++) if (amounts[i].start < amounts[i - 1].end) return dropOverlaps(amounts);
  return amounts;
}

function byStartLongestFirst(a: Amount, b: Amount): number {
  return a.start - b.start || b.end - a.end;
}

function inOrder(amounts: Amount[]): boolean {
  for (let i = 1; i < amounts.length; i++) if (byStartLongestFirst(amounts[i - 1], amounts[i]) > 0) return false;
  return true;
}

/** The amounts of one sentence (sentence-relative offsets). */
export function amountsIn(s: Sentence): Amount[] {
  let amounts: Amount[] = [];
  const hasDigit = HAS_DIGIT.test(s.text);
  for (const p of PARSERS) {
    if ((p.digits && !hasDigit) || (p.precheck && !p.precheck(s.text))) continue;
    const re = p.pattern;
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const a = p.extract(m, s);
      if (a) {
        amounts.push(a);
        if (a.end > re.lastIndex) re.lastIndex = a.end;
      }
    }
  }
  if (amounts.length === 0) return amounts;
  for (const r of REFINERS) amounts = r(amounts, s);
  return amounts;
}

const NO_DATES: Span[] = [];

/** The dates by start: as the pipeline hands them over (sorted) without a copy, else a sorted copy. */
function sortedByStart(dates: DateFinding[]): DateFinding[] {
  for (let i = 1; i < dates.length; i++) if (dates[i].start < dates[i - 1].start) return [...dates].sort((a, b) => a.start - b.start);
  return dates;
}

/** The dates of the sentence, relative to it, merged into sorted disjoint ranges (for a binary search). */
function datesIn(dates: DateFinding[], from: number, sentence: Span): Span[] {
  if (from >= dates.length || dates[from].start >= sentence.end) return NO_DATES;
  const out: Span[] = [];
  for (let i = from; i < dates.length && dates[i].start < sentence.end; i++) {
    const start = Math.max(0, dates[i].start - sentence.start);
    const end = dates[i].end - sentence.start;
    const last = out[out.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else out.push({ start, end });
  }
  return out;
}

export type { Context };
