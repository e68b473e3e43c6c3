// When two spellings are one name: transliteration variants ("Zelensky", "Zelenskyy",
// "Zelenskiy"), dropped accents ("Jose"/"José") and one-letter slips ("Volodomyr" for
// "Volodymyr"). Short names must match exactly: "Lee" and "Leo" are different people.

/** A spelling key: lower case, no accents, the -y/-iy/-yy/-ii ending unified, double letters single. */
export function nameKey(word: string): string {
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
  const ka = nameKey(a);
  const kb = nameKey(b);
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
