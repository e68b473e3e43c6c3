import type { Adversarial } from './timing-child.js';

// Inputs that make a backtracking regular expression show its worst side: a
// unit repeated many times, then a character that makes the match fail at the
// very end, so every start position may scan (and backtrack over) the rest.
// The units cover the classes news patterns quantify over (spaces, letters,
// capitals, digits, digit groups, punctuation, quotes, dotted abbreviations,
// non-ASCII and astral characters), plus words taken from the pattern itself
// ("million ", "January "), which are what its alternatives consume.

const UNITS = [
  ' ', '\t', '\n', '\u00a0', 'a', 'A', 'Aa', 'é', '𝒳', '1', '1,', '1.', '1 ', '1-',
  ',', '.', '-', '–', "'", '’', '"', '“', '(', '/', ':', '$', '%',
  'a.', 'A.', 'a ', 'A ', 'a-', 'Mr. ', '. ', 'A, ', 'a1',
];

// A NUL (no pattern expects one) and a lower-case letter with no capital form
// (which survives case-folding guards): both end a run without matching it.
const SUFFIXES = ['\u0000', 'ĸ'];

/** Words of three or more letters written in the pattern, capitalised and not, each followed by a space. */
function patternWords(source: string, max: number): string[] {
  const words = new Set<string>();
  // Skip escapes (\p{Lu}, \b, \u00a0) so that their letters are not taken for words.
  for (const m of source.replace(/\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, ' ').matchAll(/[A-Za-z]{3,}/g)) {
    words.add(m[0].toLowerCase());
    if (words.size >= max) break;
  }
  return [...words].flatMap((w) => [`${w} `, `${w[0].toUpperCase()}${w.slice(1)} `]);
}

/** The adversarial inputs for one pattern. */
export function adversarialInputs(source: string, maxWords = 6): Adversarial[] {
  const units = [...UNITS, ...patternWords(source, maxWords)];
  return units.flatMap((unit) => SUFFIXES.map((suffix) => ({ prefix: '', unit, suffix })));
}
