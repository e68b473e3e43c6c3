// Weekday names and abbreviations (closed class) with their ISO number
// (Monday = 1 ... Sunday = 7).

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['mon', 1],
  ['tuesday', 2], ['tue', 2], ['tues', 2],
  ['wednesday', 3], ['wed', 3],
  ['thursday', 4], ['thu', 4], ['thur', 4], ['thurs', 4],
  ['friday', 5], ['fri', 5],
  ['saturday', 6], ['sat', 6],
  ['sunday', 7], ['sun', 7],
]);

/**
 * Full weekday names only: the abbreviations ("Sun", "Sat", "Wed") are
 * ordinary words or newspaper names too often in running news text.
 */
export const WEEKDAY_SOURCE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

export function weekdayNumber(word: string): number {
  return WEEKDAYS.get(word.toLowerCase().replace(/s$/, '').replace(/\.$/, '')) ?? WEEKDAYS.get(word.toLowerCase()) ?? 0;
}
