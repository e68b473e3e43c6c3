// ISO 8601 periods as TimeML writes them: P2M, PT24H, P3Y, PXD (vague).

export type DurationUnit = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'C';

const UNIT_WORDS: Record<string, DurationUnit> = {
  second: 'S', sec: 'S', minute: 'MIN', min: 'MIN', hour: 'H', hr: 'H', day: 'D', night: 'D', week: 'W',
  fortnight: 'W', month: 'M', quarter: 'Q', year: 'Y', yr: 'Y', decade: 'DE', century: 'C', centurie: 'C',
};

/** "months" → M, "centuries" → C, or null. */
export function durationUnit(word: string): DurationUnit | null {
  const w = word.toLowerCase().replace(/s$/, '');
  return UNIT_WORDS[w] ?? null;
}

// Fractions spill into the next smaller unit: 2 1/2 years is P2Y6M.
const SMALLER: Partial<Record<DurationUnit, [DurationUnit, number]>> = {
  Y: ['M', 12], M: ['D', 30], W: ['D', 7], D: ['H', 24], H: ['MIN', 60], MIN: ['S', 60],
};

function part(n: number, u: DurationUnit): string {
  const letter = u === 'MIN' ? 'M' : u;
  return `${n}${letter}`;
}

const isTime = (u: DurationUnit) => u === 'H' || u === 'MIN' || u === 'S';

/** The period of `n` (or X) units; "fortnight" counts 2 weeks, decades and centuries become years. */
export function durationValue(n: number | 'X', unit: DurationUnit, word = ''): string | null {
  if (n === 'X') {
    const letter = unit === 'MIN' ? 'M' : unit === 'C' ? 'C' : unit;
    return isTime(unit) ? `PTX${letter}` : `PX${letter}`;
  }
  if (!Number.isFinite(n) || n <= 0) return null;
  if (/fortnight/i.test(word)) return `P${2 * n}W`;
  if (unit === 'DE') return Number.isInteger(n * 10) ? `P${+(n * 10).toFixed(6)}Y` : null;
  if (unit === 'C') return Number.isInteger(n * 100) ? `P${+(n * 100).toFixed(6)}Y` : null;
  const whole = Math.floor(n);
  const frac = n - whole;
  let body = whole > 0 ? part(whole, unit) : '';
  let timePart = isTime(unit);
  if (frac > 1e-9) {
    const smaller = SMALLER[unit];
    const sub = smaller ? frac * smaller[1] : NaN;
    if (smaller && Math.abs(sub - Math.round(sub)) < 1e-6) {
      const su = smaller[0];
      if (!timePart && isTime(su)) {
        // P1DT12H: the date part, then the time part.
        return `P${body}T${part(Math.round(sub), su)}`;
      }
      body += part(Math.round(sub), su);
      timePart = timePart || isTime(su);
    } else {
      body = part(+n.toFixed(3), unit);
    }
  }
  return timePart ? `PT${body}` : `P${body}`;
}
