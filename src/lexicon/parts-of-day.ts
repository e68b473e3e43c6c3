// Parts of the day (closed class) with their TimeML codes: "Friday morning"
// is 2025-04-11TMO.

export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'],
  ['afternoon', 'AF'],
  ['mid-afternoon', 'AF'],
  ['midafternoon', 'AF'],
  ['evening', 'EV'],
  ['night', 'NI'],
  ['nights', 'NI'],
  ['overnight', 'NI'],
  ['midday', 'MI'],
]);

export const PART_OF_DAY_SOURCE = '(?:morning|mid-?afternoon|afternoon|evening|night)';
