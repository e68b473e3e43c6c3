import type { DocResult } from '../types.js';

/** How many findings of each kind a run wrote: the table's closing line. */
export interface Totals {
  documents: number;
  numbers: number;
  dates: number;
  people: number;
  places: number;
  quotes: number;
}

/**
 * A formatter turns finished documents into text. `document` is pure, so it
 * can run in a worker thread; the writer in the main thread puts the pieces
 * in order, with `separator` between documents.
 */
export interface Formatter {
  begin(): string;
  document(doc: DocResult): string;
  separator: string;
  end(totals: Totals): string;
}

export function emptyTotals(): Totals {
  return { documents: 0, numbers: 0, dates: 0, people: 0, places: 0, quotes: 0 };
}

/** The counts of one document, to be added to the run's totals. */
export function countsOf(doc: DocResult): Totals {
  return {
    documents: 1,
    numbers: doc.numbers.length,
    dates: doc.dates.length,
    people: doc.people.length,
    places: doc.places.length,
    quotes: doc.quotes.length,
  };
}
