import { clean, type Amount } from '../amount.js';

// Major and minor units written together make one amount: "3 dollars 50
// cents", "thirteen dollars and forty-five cents", "15 dollars and 15", "15
// USD 50".

/** Joins each minor part to the major amount before it. */
export function mergeDollarsAndCents(amounts: Amount[], text: string): Amount[] {
  const out: Amount[] = [];
  for (const a of amounts) {
    const prev = out[out.length - 1];
    const cents = prev ? minorPart(prev, a, text) : null;
    if (cents !== null) {
      prev.end = a.end;
      prev.value = clean((prev.value as number) + cents);
      continue;
    }
    out.push(a);
  }
  return out;
}

/** The value `a` adds as the minor part of `prev`, or null when it is an amount of its own. */
function minorPart(prev: Amount, a: Amount, text: string): number | null {
  if (prev.kind !== 'money' || typeof prev.value !== 'number' || typeof a.value !== 'number' || !Number.isInteger(prev.value)) return null;
  const major = text.slice(prev.start, prev.end);
  const gap = text.slice(prev.end, a.start);
  if (a.kind === 'money' && a.unit === prev.unit && a.value < 1 && /(?:dollars?|euros?|pounds?)$/i.test(major) && /(?:cents?|pence)$/i.test(text.slice(a.start, a.end)) && /^\s+(?:and\s+)?$/.test(gap)) return a.value;
  // A bare number under 100 after the major unit, ending the clause: "15 dollars and 15.", "15 USD 50".
  if (a.kind === 'cardinal' && a.scale === 1 && Number.isInteger(a.value) && a.value > 0 && a.value < 100 && !/\.\d|%/.test(text.slice(a.start, a.end)) &&
      (/(?:dollars?)$/i.test(major) ? /^\s+and\s+$/.test(gap) : /[A-Z]{3}$/.test(major) && /^\s+$/.test(gap)) && /^\s*(?:[.,;!?]|and\b|$)/.test(text.slice(a.end, a.end + 5))) {
    return a.value / 100;
  }
  return null;
}
