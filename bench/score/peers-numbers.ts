// Peers on Recognizers-Text's own English spec cases (numbers-cases-dev and
// currency-cases-dev), scored by numbers-cases.ts's scoreCase: strict spans,
// the same exclusions and the same matching rules as newsmine's rows.
// Each tool is asked, per case, for what the case's suite tests:
//   suite          Recognizers-Text        compromise                    wink-nlp entity
//   NumberModel    recognizeNumber         numbers(), less ordinals      CARDINAL
//                                          and percentages
//   OrdinalModel   recognizeOrdinal        numbers().isOrdinal()         ORDINAL
//   PercentModel   recognizePercentage     percentages()                 PERCENT
//   CurrencyModel  recognizeCurrency       money()                       MONEY
// Values: Recognizers' resolution.value, compromise's parsed number (`num`).
// Money is right when the amount is right and the currency is: the same ISO
// code when both give one, else the same currency word ("dollar", "pound").
// wink-nlp normalises nothing: only its span rows are shown. These are
// Recognizers' own test cases (its JavaScript port skips a few, marked
// notSupported: javascript), so near-perfect scores from it are expected.
import type * as NumberLib from '@microsoft/recognizers-text-number';
import type * as UnitLib from '@microsoft/recognizers-text-number-with-unit';
import { mine } from '../../src/index.js';
import { asTool, codePointMap, Stopwatch } from './peers-common.js';
import { loadCompromise, matches, nlp, wordSpan, type View } from './peers-compromise.js';
import { loadWink, winkEntities } from './peers-wink.js';
import { family } from './currency-cases.js';
import { exclusion, newTally, numberValueOk, readCases, rows, sameNumber, scoreCase, type GoldSpan, type NumberLike, type SpecCase } from './numbers-cases.js';
import type { ScoreRow, Scorer } from './types.js';

type Kind = NumberLike['kind'];
/** A finding with the currency the tool named, when it is money. */
interface Found extends NumberLike {
  currency?: { name: string; iso: string | null };
}

let RecognizersNumber: typeof NumberLib;
let RecognizersUnit: typeof UnitLib;

const KIND: Record<string, Kind> = { NumberModel: 'cardinal', OrdinalModel: 'ordinal', PercentModel: 'percent', CurrencyModel: 'money' };
const CURRENCY_SIGN = /^[$£€¥₹]/;

function recognizers(c: SpecCase): Found[] {
  const recognize = {
    NumberModel: RecognizersNumber.recognizeNumber,
    OrdinalModel: RecognizersNumber.recognizeOrdinal,
    PercentModel: RecognizersNumber.recognizePercentage,
    CurrencyModel: RecognizersUnit.recognizeCurrency,
  }[c.suite];
  if (!recognize) return [];
  const cp = codePointMap(c.input);
  return recognize(c.input, 'en-us').map((r) => {
    const res = (r.resolution ?? {}) as { value?: string; unit?: string; isoCurrency?: string };
    const f: Found = { start: cp(r.start), end: cp(r.end + 1), text: r.text, kind: KIND[c.suite], value: parseFloat(res.value ?? ''), unit: null };
    if (c.suite === 'CurrencyModel') f.currency = { name: res.unit ?? '', iso: res.isoCurrency ?? null };
    return f;
  });
}

function compromise(c: SpecCase): Found[] {
  const doc = nlp(c.input);
  const cp = codePointMap(c.input);
  const found = (view: View, kind: Kind): Found[] =>
    matches(view).map((m) => ({ ...wordSpan(m, cp), text: m.text, kind, value: m.money?.num ?? m.number?.num ?? NaN, unit: null, ...(m.money ? { currency: { name: m.money.currency, iso: null } } : {}) }));
  switch (c.suite) {
    case 'OrdinalModel': return found(doc.numbers().isOrdinal(), 'ordinal');
    case 'PercentModel': return found(doc.percentages(), 'percent');
    case 'CurrencyModel': return found(doc.money(), 'money');
    default: {
      const percents = new Set(found(doc.percentages(), 'percent').map((f) => `${f.start}:${f.end}`));
      // A number with a currency sign is money, so that rule 2 of numbers-cases.ts ("$20" ↔ "20") applies to it as to ours.
      return found(doc.numbers().isCardinal(), 'cardinal')
        .filter((f) => !percents.has(`${f.start}:${f.end}`))
        .map((f) => (CURRENCY_SIGN.test(f.text) ? { ...f, kind: 'money' as const } : f));
    }
  }
}

const WINK_TYPE: Record<string, string> = { NumberModel: 'CARDINAL', OrdinalModel: 'ORDINAL', PercentModel: 'PERCENT', CurrencyModel: 'MONEY' };

function wink(c: SpecCase): Found[] {
  return winkEntities(c.input, new Set([WINK_TYPE[c.suite]])).map((e) => ({ ...e, kind: KIND[c.suite], value: NaN, unit: null }));
}

/** The same currency: the same ISO code when both give one, else the same currency word. */
export function sameCurrency(ours: { name: string; iso: string | null }, g: GoldSpan): boolean {
  if (ours.iso && g.isoCurrency) return ours.iso === g.isoCurrency;
  const word = (s: string) => s.toLowerCase().split(/\s+/).pop()!.replace(/s$/, '');
  const gold = g.unit ?? (g.isoCurrency ? family(g.isoCurrency) : '');
  return gold !== '' && word(ours.name) === word(gold);
}

function valueOk(f: NumberLike, g: GoldSpan): boolean {
  const cur = (f as Found).currency;
  if (g.type !== 'currency' || !cur) return numberValueOk(f, g);
  return typeof f.value === 'number' && typeof g.value === 'number' && sameNumber(f.value, g.value) && sameCurrency(cur, g);
}

/**
 * A finding exactly on a gold span the scorer excludes ("3" in "over 3 years",
 * which Recognizers' own gold marks) is neither a hit nor a false alarm.
 */
function outsideExcluded(c: SpecCase, found: Found[]): Found[] {
  const excluded = new Set(c.spans.filter((g) => exclusion(c, g)).map((g) => `${g.start}:${g.end}`));
  return found.filter((f) => !excluded.has(`${f.start}:${f.end}`));
}

const TOOLS: [string, (c: SpecCase) => Found[], boolean][] = [
  ['Recognizers-Text', recognizers, true],
  ['compromise', compromise, true],
  ['wink-nlp', wink, false],
];

function scoreSet(file: string, set: string): ScoreRow[] {
  const cases = readCases(file);
  const out: ScoreRow[] = [];
  for (const [tool, find, values] of TOOLS) {
    for (const c of cases.slice(0, 4)) find(c); // warm-up: models load on first use
    const sw = new Stopwatch(tool);
    const t = newTally();
    const supported = newTally();
    for (const c of cases) {
      const found = outsideExcluded(c, sw.time(c.input, () => find(c)));
      scoreCase(c, t, valueOk, found);
      if (!(c as { notSupported?: string[] }).notSupported?.includes('javascript')) scoreCase(c, supported, valueOk, found);
    }
    // rows(): strict F1, precision, recall, value accuracy, excluded (the same for every tool: left out).
    out.push(...asTool(tool, rows(set, t).slice(0, values ? 4 : 3)), sw.row(set));
    // The spec marks the cases Recognizers' JavaScript port is known to fail (notSupported: javascript).
    if (tool === 'Recognizers-Text') {
      const r = rows(set, supported);
      out.push(...asTool(`${tool} (cases its JS port supports)`, [r[0], r[3]]));
    }
  }
  const newsmine = new Stopwatch('newsmine');
  mine(cases[0].input, { only: ['numbers'] });
  for (const c of cases) newsmine.time(c.input, () => mine(c.input, { only: ['numbers'] }));
  out.push(newsmine.row(set));
  return out;
}

export const scorer: Scorer = {
  name: 'peers-numbers',
  needs: ['numbers-cases-dev.jsonl', 'currency-cases-dev.jsonl'],
  async run(devDir) {
    [RecognizersNumber, RecognizersUnit] = await Promise.all([import('@microsoft/recognizers-text-number'), import('@microsoft/recognizers-text-number-with-unit')]);
    await Promise.all([loadCompromise(), loadWink()]);
    return [
      ...scoreSet(`${devDir}/numbers-cases-dev.jsonl`, 'numbers-cases-dev (Recognizers-Text)'),
      ...scoreSet(`${devDir}/currency-cases-dev.jsonl`, 'currency-cases-dev (Recognizers-Text)'),
    ];
  },
};
