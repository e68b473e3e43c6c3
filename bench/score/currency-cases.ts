// Scores money on Microsoft Recognizers-Text's English currency spec cases
// (../shared/dev/currency-cases-dev.jsonl). Same mapping as numbers-cases.ts
// (read its header); money adds one rule for values:
//
// A matched amount's value is right when the number and the currency are both
// right. The gold gives an ISO code (`isoCurrency`) or only a currency name
// (`unit`: "Dollar", "Pound", "Franc", "Rupee", "Cent", "Pence"). With a code,
// ours must equal it. With a name only, any ISO code of that currency family
// counts ("Dollar" ↔ USD, CAD, HKD, ...; "Franc" ↔ CHF, FRF, ...), because the
// text does not say which. Cents and pence: Recognizers values "50 cents" as 50
// Cent, our contract as 0.5 of the major unit (USD), so the gold is divided by
// 100 before comparing.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { NumberFinding } from '../../src/types.js';
import { newTally, readCases, rows, sameNumber, scoreCase, type GoldSpan } from './numbers-cases.js';
import type { Scorer } from './types.js';

const require = createRequire(import.meta.url);
const ISO = require('currency-codes/data') as { code: string; currency: string }[];

/** Historic and unofficial codes our lexicon uses, with their family names. */
const EXTRA: Record<string, string> = { FIM: 'Finnish markka', FRF: 'French Franc', BEF: 'Belgian Franc', DEM: 'Mark', ITL: 'Lira', NLG: 'Guilder', BTC: 'Bitcoin' };

function family(code: string): string {
  return (ISO.find((r) => r.code === code)?.currency ?? EXTRA[code] ?? '').toLowerCase();
}

function currencyOk(ours: string | null, g: GoldSpan): boolean {
  if (!ours) return false;
  if (g.isoCurrency) return ours === g.isoCurrency;
  const name = (g.unit ?? '').toLowerCase();
  if (name === 'cent') return family(ours).includes('dollar') || ours === 'EUR';
  if (name === 'pence') return ours === 'GBP';
  const last = name.split(' ').pop()!;
  return family(ours).includes(last);
}

function moneyValueOk(f: NumberFinding, g: GoldSpan): boolean {
  if (typeof f.value !== 'number' || typeof g.value !== 'number') return false;
  const unit = (g.unit ?? '').toLowerCase();
  const want = unit === 'cent' || unit === 'pence' ? g.value / 100 : g.value;
  return sameNumber(f.value, want) && currencyOk(f.unit, g);
}

export const scorer: Scorer = {
  name: 'currency-cases',
  needs: ['currency-cases-dev.jsonl'],
  run(devDir) {
    const t = newTally();
    for (const c of readCases(path.join(devDir, 'currency-cases-dev.jsonl'))) scoreCase(c, t, moneyValueOk);
    return rows('currency-cases-dev (Recognizers-Text)', t);
  },
};
