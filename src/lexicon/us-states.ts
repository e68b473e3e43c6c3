// The AP abbreviations of US state names, written after a town ("Jacksonville, Fla.",
// "ROCHESTER, N.H. 1996-08-30"). A closed class, keyed lower case without the final
// full stop. Several are also words ("Miss", "Ill", "Wash"), so they are read as
// states only right after "Town," (see names/state-abbreviation.ts).
export const US_STATE_ABBREVIATIONS = new Map<string, string>([
  ['ala', 'Alabama'], ['ariz', 'Arizona'], ['ark', 'Arkansas'], ['calif', 'California'], ['cal', 'California'],
  ['colo', 'Colorado'], ['conn', 'Connecticut'], ['del', 'Delaware'], ['fla', 'Florida'], ['ga', 'Georgia'],
  ['ill', 'Illinois'], ['ind', 'Indiana'], ['kan', 'Kansas'], ['kans', 'Kansas'], ['ky', 'Kentucky'],
  ['la', 'Louisiana'], ['md', 'Maryland'], ['mass', 'Massachusetts'], ['mich', 'Michigan'], ['minn', 'Minnesota'],
  ['miss', 'Mississippi'], ['mo', 'Missouri'], ['mont', 'Montana'], ['neb', 'Nebraska'], ['nebr', 'Nebraska'],
  ['nev', 'Nevada'], ['n.h', 'New Hampshire'], ['n.j', 'New Jersey'], ['n.m', 'New Mexico'], ['n.y', 'New York'],
  ['n.c', 'North Carolina'], ['n.d', 'North Dakota'], ['okla', 'Oklahoma'], ['ore', 'Oregon'], ['pa', 'Pennsylvania'],
  ['penn', 'Pennsylvania'], ['r.i', 'Rhode Island'], ['s.c', 'South Carolina'], ['s.d', 'South Dakota'],
  ['tenn', 'Tennessee'], ['tex', 'Texas'], ['vt', 'Vermont'], ['va', 'Virginia'], ['wash', 'Washington'],
  ['w.va', 'West Virginia'], ['wis', 'Wisconsin'], ['wisc', 'Wisconsin'], ['wyo', 'Wyoming'], ['d.c', 'District of Columbia'],
]);
