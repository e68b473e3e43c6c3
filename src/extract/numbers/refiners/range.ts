import { CHANGE_VERBS } from '../../../lexicon/number-context.js';
import { clean, low, type Amount, type NumberRefiner } from '../amount.js';
import { L, rx } from '../context.js';

// Ranges: "10 to 20", "between 10 and 20", "10-20", "$10-20 million", "10 to
// 20 percent" — one finding over both ends and the words between, value
// [low, high]. A range ascends; "from 10 to 20" is a change, not a range, and
// stays two amounts ("rose from 10 to 20 percent").

const DASH = /^\s?[-–—]\s?$/;
const TO = /^\s+(?:to|through)\s+$/i;
const AND = /^\s+and\s+$/i;
const BETWEEN_BEFORE = rx('i')`(?:^|[^${L}])(between\s+)$`;
const FROM_BEFORE = rx('i')`(?:^|[^${L}])from\s+$`;

export const mergeRanges: NumberRefiner = (amounts, s) => {
  const out: Amount[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i];
    const b = amounts[i + 1];
    const r = b ? range(a, b, s.text) : null;
    if (r) {
      out.push(r);
      i++;
    } else out.push(a);
  }
  return out;
};

function range(a: Amount, b: Amount, text: string): Amount | null {
  if (typeof a.value !== 'number' || typeof b.value !== 'number' || a.kind === 'ordinal' || b.kind === 'ordinal') return null;
  if (a.source === 'vague' || b.source === 'vague') return null;
  const gap = text.slice(a.end, b.start);
  let start = a.start;
  if (AND.test(gap)) {
    const m = BETWEEN_BEFORE.exec(text.slice(Math.max(0, a.start - 12), a.start));
    if (!m) return null;
    start = a.start - m[1].length;
  } else if (TO.test(gap)) {
    // "lifted rates 0.25% to 5.5%": two full amounts after a change verb are a move; "rose 10 to 20 percent" a range.
    if (FROM_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start)) || (a.kind !== 'cardinal' && afterChangeVerb(text, a.start))) return null;
  } else if (!DASH.test(gap)) return null;
  // The ends must measure the same thing; a bare first end takes the second's kind and unit.
  const kind = b.kind !== 'cardinal' ? b.kind : a.kind;
  if (a.kind !== 'cardinal' && b.kind !== 'cardinal' && (a.kind !== b.kind || a.unit !== b.unit)) return null;
  if (a.kind !== 'cardinal' && b.kind === 'cardinal' && a.kind !== 'money') return null;
  let lo = a.value;
  // "10-20 million", "$1.5-2bn": a first end without a scale shares the second's.
  if (a.scale === 1 && b.scale > 1 && lo * b.scale <= b.value) lo = clean(lo * b.scale);
  if (!(lo < b.value)) return null;
  return {
    ...a,
    start,
    end: b.end,
    value: [lo, low(b.value)],
    kind,
    unit: a.unit ?? b.unit,
    scale: b.scale,
    source: 'range',
  };
}

/** A change verb among the three words before the amount ("lifted interest rates 0.25% to 5.5%"). */
function afterChangeVerb(text: string, start: number): boolean {
  const words = text.slice(Math.max(0, start - 40), start).toLowerCase().split(/[^a-z]+/).filter(Boolean).slice(-3);
  return words.some((w) => CHANGE_VERBS.has(w));
}
