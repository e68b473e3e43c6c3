// When two spellings are one name: transliteration variants ("Zelensky", "Zelenskyy",
// "Zelenskiy"), dropped accents ("Jose"/"José") and one-letter slips ("Volodomyr" for
// "Volodymyr"). Short names must match exactly: "Lee" and "Leo" are different people.

/** A spelling key: lower case, no accents, the -y/-iy/-yy/-ii ending unified, double letters single. */
export function nameKey(word: string): string {
  // Plain ASCII is computed directly: cheaper than finding it in a large memo.
  const ascii = asciiKey(word);
  if (ascii !== null) return ascii;
  let k = memo.get(word);
  if (k === undefined) {
    if (memo.size > 20_000) memo.clear();
    k = computeKey(word);
    memo.set(word, k);
  }
  return k;
}

// Names repeat within and across documents; normalising each spelling once keeps linking linear.
const memo = new Map<string, string>();

function computeKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’.-]/g, '')
    .replace(/(?:iy|yy|ii|ij|yi|y|i)$/, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}

/** True when two name words are the same name, allowing one edit for words of five letters or more. */
export function sameName(a: string, b: string): boolean {
  return sameKey(nameKey(a), nameKey(b));
}

/** `sameName` on spelling keys computed beforehand. */
export function sameKey(ka: string, kb: string): boolean {
  if (ka === kb) return true;
  if (Math.min(ka.length, kb.length) < 5) return false;
  return withinOneEdit(ka, kb);
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * computeKey for plain ASCII words, without regular expressions (names are mostly ASCII in
 * English news and keys are asked for on every name word); null for any other word.
 */
function asciiKey(word: string): string | null {
  let drop = false;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c >= 128) return null;
    if (c === 39 || c === 46 || c === 45) drop = true;
  }
  let s = word.toLowerCase();
  if (drop) s = s.replace(/['.-]/g, '');
  // The ending -iy/-yy/-ii/-ij/-yi/-y/-i becomes -i (the two-letter endings first, as the regex finds them).
  const n = s.length;
  const a = n >= 2 ? s.charCodeAt(n - 2) : -1;
  const b = n >= 1 ? s.charCodeAt(n - 1) : -1;
  if ((a === 105 && (b === 121 || b === 105 || b === 106)) || (a === 121 && (b === 121 || b === 105))) s = s.slice(0, -2) + 'i';
  else if (b === 121 || b === 105) s = s.slice(0, -1) + 'i';
  // Double letters single ("Zelenskyy" → "zelenski"); digits stay doubled.
  let out = '';
  let from = 0;
  for (let k = 1; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === s.charCodeAt(k - 1) && c >= 97 && c <= 122) {
      out += s.slice(from, k);
      from = k + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}
