/**
 * The date relative expressions resolve against: the document's own
 * publication date when it has one, else the `--ref-date` the user gave.
 * Never the machine's clock, so output is reproducible.
 */
export function referenceDate(published: string | null, refDate: string | null | undefined): string | null {
  const own = published ? isoDay(published) : null;
  if (own) return own;
  return refDate ? isoDay(refDate) : null;
}

/** The YYYY-MM-DD part of an ISO date or date-time, or null if it has none. */
export function isoDay(value: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
