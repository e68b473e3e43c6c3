// English number words: closed classes, lower-cased. The word-number grammar
// (extract/numbers/spelled-grammar.ts) reads sequences of these.

/** Words worth less than twenty. "nought"/"naught" are the British zeros. */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['nought', 0], ['naught', 0], ['nil', 0],
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14],
  ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

export const TENS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fourty', 40], ['fifty', 50], ['sixty', 60],
  ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/**
 * Multipliers. "hundred" multiplies what precedes it within a group; the
 * others close a group ("two million three hundred"). Lakh and crore are the
 * Indian-English scales; "dozen" counts twelves ("three dozen").
 */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['lakh', 1e5], ['lakhs', 1e5], ['crore', 1e7], ['crores', 1e7],
  ['million', 1e6], ['billion', 1e9], ['trillion', 1e12], ['dozen', 12],
  // Wire-service abbreviations after a spelled number: "four mln shares".
  ['mln', 1e6], ['mn', 1e6], ['bln', 1e9], ['bn', 1e9],
]);

/** Ordinal words and their values; the compound ones ("twenty-first") are built from TENS + these. */
export const ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7],
  ['eighth', 8], ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13],
  ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18],
  ['nineteenth', 19], ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50],
  ['sixtieth', 60], ['seventieth', 70], ['eightieth', 80], ['ninetieth', 90], ['hundredth', 100],
  ['thousandth', 1e3], ['millionth', 1e6], ['billionth', 1e9], ['trillionth', 1e12],
]);

/**
 * Denominators of spelled fractions, singular and plural. "first" and
 * "second" are missing on purpose: "a second" is never one half.
 */
export const DENOMINATORS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>([['half', 2], ['halves', 2], ['quarter', 4], ['quarters', 4]]);
  for (const [w, v] of ORDINALS) {
    if (v < 3) continue;
    m.set(w, v);
    m.set(w + 's', v);
  }
  return m;
})();

/**
 * Vague amounts: [low, high] per the annotation guidelines. The plural scale
 * words are "at least two of that scale and fewer than ten": "hundreds" is
 * [200, 999]; "dozens" is [24, 99].
 */
export const VAGUE_PLURALS: ReadonlyMap<string, [number, number]> = new Map([
  ['dozens', [24, 99]], ['scores', [40, 99]], ['hundreds', [200, 999]], ['thousands', [2000, 9999]],
  ['millions', [2e6, 9999999]], ['billions', [2e9, 9999999999]], ['trillions', [2e12, 9999999999999]],
]);

/** Vague quantifiers that stand alone ("several", "a few") or before a scale ("several hundred"). */
export const VAGUE_QUANTIFIERS: ReadonlyMap<string, [number, number]> = new Map([
  ['several', [3, 9]], ['a few', [2, 5]], ['a couple of', [2, 3]],
]);

/** Before a scale word, "several hundred" is [200, 900] and "a few thousand" [2000, 5000]. */
export const VAGUE_BEFORE_SCALE: ReadonlyMap<string, [number, number]> = new Map([
  ['several', [2, 9]], ['a few', [2, 5]], ['a couple of', [2, 3]], ['a couple', [2, 3]],
]);
