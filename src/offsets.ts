// Offsets inside newsmine are JavaScript string indices (UTF-16 code units).
// The output contract counts Unicode code points, as jq's `.[a:b]` and
// Python's str do. This is the one place that converts between the two.

const SURROGATE = /[\uD800-\uDFFF]/;

/** Maps UTF-16 indices of one text to code point indices. */
export interface OffsetMap {
  (utf16Index: number): number;
}

const identity: OffsetMap = (i) => i;

/**
 * Builds a converter for `text`. Texts without surrogates (nearly all news)
 * get the identity function, so the common case costs one regex test.
 */
export function codePointMap(text: string): OffsetMap {
  if (!SURROGATE.test(text)) return identity;
  const map = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point: its
    // second half maps to the same code point (a span cannot split a pair).
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        map[i + 1] = cp;
        i++;
      }
    }
    cp++;
  }
  map[text.length] = cp;
  return (i) => map[i];
}

/** Slices `text` by code point offsets, as a user of the JSON output would. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  if (!SURROGATE.test(text)) return text.slice(start, end);
  return Array.from(text).slice(start, end).join('');
}
