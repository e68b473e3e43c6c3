// How many units a duration or "ago" phrase counts: digits ("24", "2 1/2",
// "1.5"), words ("two", "twenty four", "a hundred"), or a vague quantity
// ("several", "a few", "a couple of": TimeML writes those as X).

const ONES: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, single: 1,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

const ONES_SRC = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_SRC = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

/** A counted amount, as a regex source (case-insensitive use). */
export const AMOUNT_SOURCE =
  '(?:\\d+(?:\\.\\d+)?(?:\\s+\\d\\/\\d)?' +
  `|(?:(?:a|one|two|three|four|five|several|a few)\\s+)?(?:hundred|thousand)(?:\\s+and\\s+(?:${ONES_SRC}))?` +
  `|(?:${TENS_SRC})(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?` +
  `|${ONES_SRC}|a|an|single|half\\s+an?|a\\s+half|a\\s+couple\\s+of|a\\s+couple|couple\\s+of|several|a\\s+few|few|some|many|a\\s+number\\s+of)`;

/** The number an amount phrase denotes; 'X' for vague ones; NaN when unknown. */
export function amountValue(text: string): number | 'X' {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d/.test(t)) {
    const m = /^(\d+(?:\.\d+)?)(?: (\d)\/(\d))?$/.exec(t);
    if (!m) return NaN;
    return +m[1] + (m[2] ? +m[2] / +m[3] : 0);
  }
  if (/^(?:a couple(?: of)?|couple of)$/.test(t)) return 2;
  if (/^(?:several|a few|few|some|many|a number of)$/.test(t)) return 'X';
  if (/^half an?$|^a half$/.test(t)) return 0.5;
  const h = /^(?:(\w+(?: few)?) )?(hundred|thousand)(?: and (\w+))?$/.exec(t);
  if (h) {
    const scale = h[2] === 'hundred' ? 100 : 1000;
    if (h[1] === 'several' || h[1] === 'a few') return 'X';
    const mult = h[1] ? ONES[h[1]] ?? NaN : 1;
    return mult * scale + (h[3] ? ONES[h[3]] ?? 0 : 0);
  }
  const parts = t.split(/[ -]/);
  if (parts.length === 2 && TENS[parts[0]] !== undefined && ONES[parts[1]] !== undefined) return TENS[parts[0]] + ONES[parts[1]];
  if (parts.length === 1) return TENS[t] ?? ONES[t] ?? NaN;
  return NaN;
}
