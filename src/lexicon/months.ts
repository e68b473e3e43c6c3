// Month names and their abbreviations (closed class), lower-cased, with the
// month number. "may" and "march" are also a modal and a verb: the parsers
// decide from context (see parsers/month.ts), not this list.

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** A regex source matching any month name or abbreviation (an abbreviation may take a full stop). */
export const MONTH_SOURCE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  '(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)';

/** The month number of a matched name ("Sept." → 9), or 0. */
export function monthNumber(word: string): number {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, '')) ?? 0;
}
