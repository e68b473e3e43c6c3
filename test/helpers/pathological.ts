import { newsText } from './news.js';

// Builders for pathological texts: each case repeats (or nests) a unit until the
// text reaches a size, so the same case can be built at 1 MB and at 4 MB and the
// two run times compared. Sizes are in UTF-16 code units (JavaScript length),
// which is what the pipeline's work is proportional to.

export const MB = 1024 * 1024;

export interface PathologicalCase {
  name: string;
  /** What the case attacks, for the test's name and the report. */
  why: string;
  build(size: number): string;
}

/** `unit` repeated until the text is `size` long (the last copy cut short). */
export function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

/**
 * Like `repeatTo`, but never cuts a surrogate pair in half at the end (a cut
 * pair would add a lone surrogate the case did not ask for).
 */
function repeatWhole(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / unit.length)));
}

/** `open` n times then `close` n times: "((((…))))". */
function nested(open: string, close: string, size: number): string {
  const n = Math.floor(size / (open.length + close.length));
  return open.repeat(n) + close.repeat(n);
}

// One family, named again and again: a live blog about one trial that runs all day.
const ONE_FAMILY =
  'Maria Kovalenko, Ivan Kovalenko and Olena Kovalenko met Petro Kovalenko on Tuesday. ' +
  'Kovalenko said talks would go on. “We will not give up,” Ivan Kovalenko added. ';

export const PATHOLOGICAL: readonly PathologicalCase[] = [
  { name: 'one line, no spaces (letters)', why: 'a single enormous word', build: (n) => repeatTo('a', n) },
  {
    name: 'one line, no spaces (mixed)',
    why: 'tokenisers that join letters with dots, hyphens and apostrophes into one word',
    build: (n) => repeatTo("Kyiv.U.S.-al-Aqsa's,1,000$3.5%“x”(y)[z]—", n),
  },
  { name: 'straight quotes, balanced', why: 'quote pairing', build: (n) => repeatTo('"a" ', n) },
  { name: 'straight quotes, unbalanced', why: 'an opening mark that never closes, over and over', build: (n) => repeatTo('"', n) },
  { name: 'curly quotes, balanced', why: 'quote pairing', build: (n) => repeatTo('“a” ', n) },
  { name: 'curly quotes, unbalanced', why: 'openers with no closer', build: (n) => repeatTo('“', n) },
  { name: 'curly quote, then 1M letters, never closed', why: 'a quote that runs to the end of the text', build: (n) => '“' + repeatTo('a', n - 1) },
  { name: '"1,000,000 " repeated', why: 'number grammars that try to extend a number over the next one', build: (n) => repeatTo('1,000,000 ', n) },
  { name: '"Mr. " repeated', why: 'abbreviation handling in the sentence splitter; titles without names', build: (n) => repeatTo('Mr. ', n) },
  { name: '"Mr. Smith said " repeated', why: 'one endless sentence full of speakers and cue verbs', build: (n) => repeatTo('Mr. Smith said ', n) },
  { name: '"Kyiv " repeated', why: 'one endless capitalised name candidate', build: (n) => repeatTo('Kyiv ', n) },
  { name: '"April 9, 2025 " repeated', why: 'date grammars that chain dates', build: (n) => repeatTo('April 9, 2025 ', n) },
  { name: 'nested round brackets', why: 'bracket matching', build: (n) => nested('(', ')', n) },
  { name: 'nested mixed brackets', why: 'bracket and quote matching together', build: (n) => nested('([{“‘', '’”}])', n) },
  {
    name: 'zero-width and right-to-left characters',
    why: 'invisible characters inside names, numbers and quotes',
    build: (n) => repeatTo('Ky\u200biv\u200d said \u202e“1,0\u200c00”\u202c \u200fMr.\u2066 Smith\u2069 \ufeffon April\u00a09. ', n),
  },
  {
    name: 'astral characters and emoji',
    why: 'code point offsets on every finding',
    build: (n) => repeatWhole('🇺🇦 Kyiv 𝒳 said “150 👍” on April 9, 2025. ', n),
  },
  { name: 'NUL characters', why: 'control characters inside the text (from a JSONL string)', build: (n) => repeatTo('Kyiv\u0000 said 1,000\u0000 on April 9.\u0000 ', n) },
  {
    name: 'lone surrogates',
    why: 'unpaired UTF-16 halves (from JSON "\\ud800" escapes)',
    build: (n) => repeatTo('Kyiv\ud800 said \udc00“1,000” \ud83d on April 9. \ude00', n),
  },
  { name: 'a 2 MB paragraph with no newline', why: 'one paragraph of news sentences', build: (n) => newsText(1, n).replace(/\n+/g, ' ') },
  { name: 'one family named over and over', why: 'linking each mention to the people already named', build: (n) => repeatTo(ONE_FAMILY, n) },
  {
    name: 'capitals, then a lower-case letter with no capital form',
    why: 'one enormous capitalised word that case-folding guards let through ("ĸ" is its own upper case)',
    build: (n) => repeatTo('A', n - 1) + 'ĸ',
  },
  { name: 'full stops only', why: 'sentence-boundary patterns that rescan runs of punctuation', build: (n) => repeatTo('.', n) },
  { name: 'newlines only', why: 'paragraph splitting of empty lines', build: (n) => repeatTo('\n', n) },
  { name: 'news paragraphs', why: 'the ordinary case, as a baseline', build: (n) => newsText(2, n) },
];
