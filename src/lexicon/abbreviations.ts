// Closed classes of abbreviations that end in a full stop without ending a
// sentence. Lower-cased, without the final period.

/** Titles and honorifics: always followed by a name, so never sentence-final. */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt',
  'adm', 'cmdr', 'brig', 'sen', 'rep', 'gov', 'lt. gov', 'pres', 'amb', 'supt', 'insp', 'det', 'rev',
  'fr', 'sr', 'jr', 'hon', 'atty', 'sec', 'messrs', 'mmes', 'msgr', 'sra', 'srta', 'st',
]);

/** Abbreviations that are usually mid-sentence but may end one ("in the U.S."). */
export const OTHER_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'inc', 'co', 'corp', 'ltd', 'llc', 'plc', 'bros', 'assn', 'dept', 'univ', 'govt',
  'no', 'nos', 'vol', 'vols', 'p', 'pp', 'fig', 'figs', 'approx', 'est', 'etc', 'vs', 'v', 'cf',
  'mt', 'ft', 'ave', 'blvd', 'rd', 'hwy', 'pl', 'sq', 'mph', 'km', 'kg', 'lb', 'lbs', 'oz',
  'a.m', 'p.m', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'u.s.a', 'd.c', 'e.u', 'n.y', 'l.a',
  'al', 'ca', 'cal', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky',
  'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa',
  'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'ariz', 'ark',
]);
