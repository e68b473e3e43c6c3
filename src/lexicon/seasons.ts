// Seasons (closed class) with their TimeML codes.

export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'],
  ['summer', 'SU'],
  ['fall', 'FA'],
  ['autumn', 'FA'],
  ['winter', 'WI'],
]);

/** The months each season starts in, northern hemisphere, to order seasons against a date. */
export const SEASON_START_MONTH: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };
