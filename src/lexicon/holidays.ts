// Holidays (closed class): fixed dates, or the nth weekday of a month (n = -1
// for the last one). Easter and the days tied to it are computed.

export type HolidayRule =
  | { month: number; day: number }
  | { month: number; weekday: number; nth: number }
  | { easter: number };

export const HOLIDAYS: ReadonlyMap<string, HolidayRule> = new Map<string, HolidayRule>([
  ['new year\'s day', { month: 1, day: 1 }],
  ['new year\'s eve', { month: 12, day: 31 }],
  ['valentine\'s day', { month: 2, day: 14 }],
  ['st. patrick\'s day', { month: 3, day: 17 }],
  ['independence day', { month: 7, day: 4 }],
  ['the fourth of july', { month: 7, day: 4 }],
  ['halloween', { month: 10, day: 31 }],
  ['veterans day', { month: 11, day: 11 }],
  ['armistice day', { month: 11, day: 11 }],
  ['remembrance day', { month: 11, day: 11 }],
  ['christmas eve', { month: 12, day: 24 }],
  ['christmas day', { month: 12, day: 25 }],
  ['christmas', { month: 12, day: 25 }],
  ['boxing day', { month: 12, day: 26 }],
  ['martin luther king day', { month: 1, weekday: 1, nth: 3 }],
  ['presidents\' day', { month: 2, weekday: 1, nth: 3 }],
  ['memorial day', { month: 5, weekday: 1, nth: -1 }],
  ['labor day', { month: 9, weekday: 1, nth: 1 }],
  ['columbus day', { month: 10, weekday: 1, nth: 2 }],
  ['thanksgiving day', { month: 11, weekday: 4, nth: 4 }],
  ['thanksgiving', { month: 11, weekday: 4, nth: 4 }],
  ['mother\'s day', { month: 5, weekday: 7, nth: 2 }],
  ['father\'s day', { month: 6, weekday: 7, nth: 3 }],
  ['good friday', { easter: -2 }],
  ['easter sunday', { easter: 0 }],
  ['easter monday', { easter: 1 }],
  ['easter', { easter: 0 }],
]);

/** Election Day (US): the Tuesday after the first Monday of November. Kept apart: it is a rule of its own. */
export const ELECTION_DAY = 'election day';
