import { times, type Amount, type NumberRefiner } from '../amount.js';
import { ofCurrency, suffix } from './money-after.js';
import { namePrefix, prefix } from './money-before.js';
import { mergeDollarsAndCents } from './money-cents.js';

// Money: a currency sign or code before the amount ("$3,500", "US$ 150
// million", "£600m", "€2 million", "USD115") or a currency word, code or sign
// after it ("300,000 rubles", "420 million finnish markka", "50 million USD",
// "10 €", "12-cent"). The span takes the currency in; `unit` is its ISO 4217
// code; minor units ("50 cents", "210 pence") are divided by 100.
// A sign is taken by the amount it precedes first: in "$ 20.00 $ 37.30" each
// "$" belongs to the number after it; in "10 $ 30 $" to the number before.

export const attachMoney: NumberRefiner = (amounts, s) => {
  let consumed = 0;
  const out: Amount[] = [];
  for (const a of amounts) {
    if (a.kind === 'ordinal' || a.start < consumed) {
      out.push(a);
      continue;
    }
    const pre = prefix(s.text, a.start, consumed) ?? (a.scale >= 1000 ? namePrefix(s.text, a.start, consumed) : null);
    const m = pre ? null : suffix(s.text, a) ?? (a.source === 'vague' ? ofCurrency(s.text, a) : null);
    if (pre) {
      a.start = pre.start;
      a.kind = 'money';
      a.unit = pre.code;
      if (pre.factor) a.value = times(a.value, pre.factor);
    } else if (m) {
      a.end = m.end;
      a.kind = 'money';
      a.unit = m.code;
      if (m.factor !== 1) a.value = times(a.value, m.factor);
    }
    if (a.kind === 'money') consumed = a.end;
    out.push(a);
  }
  return mergeDollarsAndCents(out, s.text);
};
