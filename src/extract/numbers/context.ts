// Small look-arounds shared by parsers and refiners: the words just before
// and after a span, read with sticky patterns so no sentence is re-scanned.

const WORD_AFTER = /\s*([\p{L}](?:[\p{L}'’-]|\.(?=\p{L}))*)/uy;
const WORD_BEFORE = /([\p{L}][\p{L}'’.]*)\s*$/u;

/** The word right after `pos` (skipping spaces), with its offsets; null at punctuation or end. */
export function wordAfter(text: string, pos: number): { word: string; start: number; end: number } | null {
  WORD_AFTER.lastIndex = pos;
  const m = WORD_AFTER.exec(text);
  if (!m) return null;
  const end = pos + m[0].length;
  return { word: m[1], start: end - m[1].length, end };
}

/** The word right before `pos` (skipping spaces), or null. Looks back at most 40 characters. */
export function wordBefore(text: string, pos: number): { word: string; start: number; end: number } | null {
  const from = Math.max(0, pos - 40);
  const m = WORD_BEFORE.exec(text.slice(from, pos));
  if (!m) return null;
  const start = from + m.index;
  return { word: m[1], start, end: start + m[1].length };
}

/** Only spaces (line breaks included) or one hyphen between `from` and `to`, and not many: the words touch. */
export function touching(text: string, from: number, to: number): boolean {
  return to - from <= 12 && /^\s*-?\s*$/.test(text.slice(from, to));
}

/** Up to `n` characters before `pos`. */
export function before(text: string, pos: number, n: number): string {
  return text.slice(Math.max(0, pos - n), pos);
}

/** Up to `n` characters from `pos`. */
export function after(text: string, pos: number, n: number): string {
  return text.slice(pos, pos + n);
}

const LETTER = /\p{L}/u;
export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/**
 * A word that is probably a plural noun: "citizens", "drones", "people". Used
 * where no tagger is run (a glued "m" before "1.5m barrels" is million).
 */
export function looksPlural(word: string): boolean {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(w)) return true;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && !NOT_PLURAL.has(w);
}

const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'personnel', 'staff', 'troops', 'cattle', 'sheep', 'fish', 'feet', 'teeth', 'mice', 'geese', 'data', 'media', 'criteria']);
const NOT_PLURAL = new Set(['has', 'was', 'does', 'goes', 'its', 'this', 'thus', 'plus', 'less', 'unless', 'across', 'always', 'perhaps', 'whereas', 'afterwards', 'towards', 'besides', 'news', 'series', 'species', 'means', 'hers', 'ours', 'yours', 'theirs', 'says', 'sees', 'makes', 'takes', 'gives', 'comes', 'seems', 'becomes', 'remains']);
