// Counting the words of a line without building them: furniture only asks
// whether a line is short ("at most 15 words"), and news paragraphs are long,
// so `line.match(/\S+/g).length` (an array of every word) was most of its cost.

/**
 * The number of words (maximal runs of non-space characters, as /\S+/g finds
 * them) in `text`, counted up to `cap`: a longer text gives `cap`.
 */
export function countWords(text: string, cap: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isRegexSpace(text.charCodeAt(i));
    if (!space && !inWord && ++n >= cap) return cap;
    inWord = !space;
  }
  return n;
}

/** Exactly the characters of the regex class `\s`, by code. */
export function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The last character that is not a space is `ch` (a caption that ends "...Getty Images)"). */
export function endsWith(text: string, ch: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && isRegexSpace(text.charCodeAt(i))) i--;
  return i >= 0 && text[i] === ch;
}
