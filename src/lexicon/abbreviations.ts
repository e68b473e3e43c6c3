// Closed classes of abbreviations that end in a full stop, grouped by how the
// stop behaves before the next word. Lower-cased, without the final period;
// internal periods kept ("u.s", "a.m"). The segmenter (src/segment/abbreviation.ts)
// reads `abbreviationClass`; the sets are exported for other stages.

/**
 * How a full stop after the abbreviation behaves:
 * - `title`: always followed by a name or number, never ends a sentence (Mr., Gen., e.g., vs.).
 * - `number`: "No. 5", "p. 55", "Feb. 26", "6 ft. 2 in.": no end before a number; elsewhere an ordinary word.
 * - `continues`: initialisms and prefixes (U.S., St., Mt.): a capitalised word after it continues the name
 *   ("U.S. Army", "St. Michael's") unless it is a sentence opener ("in the U.S. The next day").
 * - `suffix`: follows a name (Inc., Co., Jr., Ave.): ends the sentence before a capitalised word unless the
 *   name visibly goes on ("Co. KG", "Inc. Chief Executive Tim Cook").
 * - `time`: a.m./p.m.: ends the sentence before a capitalised word except a day, month or time zone
 *   ("10 a.m. Monday", "9 p.m. EST").
 * - `state`: US state abbreviations, only after "City," or "(": behave as `suffix` ("Houston, Tex. The ...").
 */
export type AbbreviationClass = 'title' | 'number' | 'continues' | 'suffix' | 'time' | 'state';

/** Titles and honorifics, and Latin connectives that are always followed by more of the sentence. */
export const TITLE_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'sgt', 'cpl', 'pvt', 'spc',
  'adm', 'cmdr', 'cdr', 'brig', 'sen', 'rep', 'reps', 'gov', 'pres', 'amb', 'supt', 'insp', 'det', 'rev', 'fr',
  'hon', 'atty', 'messrs', 'mmes', 'mme', 'mlle', 'msgr', 'sra', 'srta', 'sgt', 'ald', 'assemblyman',
  'e.g', 'i.e', 'vs', 'v', 'viz', 'cf', 'approx', 'c.f', 'w.r.t', 'resp',
]);

/** Words that stand before a number: "No. 5", "p. 55", "Rs. 3520", "Art. 5", "Sept. 11", "6 ft. 2 in.". */
export const NUMBER_ABBREVIATIONS = new Set([
  'no', 'nos', 'nr', 'n°', 'vol', 'vols', 'p', 'pp', 'pg', 'fig', 'figs', 'art', 'ch', 'chap', 'para', 'pt',
  // "Sec. 5" and "SEC. 1262", but "approved by the SEC. The ..." ends: the agency's name is an acronym.
  'sec', 'rs', 'op', 'ed', 'ca', 'tel', 'ext', 'ref', 'rev', 'ver', 'vers', 'ser', 'sect', 'cl', 'reg', 'est', 'min', 'max',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'ft', 'in', 'yd', 'yds', 'mi', 'lb', 'lbs', 'oz', 'gal', 'qt', 'sq', 'cu', 'hr', 'hrs', 'mins', 'secs', 'mo', 'mos', 'yr', 'yrs',
  // Newswire units after an amount: "up 5 pct. to 10 dlrs.", "2.5 mln dlrs.", "52 cts."
  'pct', 'dlr', 'dlrs', 'mln', 'bln', 'cts', 'pts', 'stg',
]);

/** Month and weekday abbreviations: "Wed. Feb. 26" keeps going; so does "Feb. 26". */
export const CALENDAR_ABBREVIATIONS = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/** Initialisms and prefixes a capitalised word continues: "U.S. Army", "St. Louis", "Mt. Fuji", "Ph.D. Thesis". */
export const CONTINUING_ABBREVIATIONS = new Set([
  'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a', 'u.s.s.r', 'd.c', 'n.y', 'l.a', 'n.j', 'p.o', 'ph.d', 'm.d', 'b.a', 'm.a',
  'st', 'mt', 'ft', 'pt', 'gov\'t', 'govt', 'dept', 'univ', 'assn', 'assoc', 'natl', 'intl', 'int\'l', 'mfg', 'div',
  // Lower-case abbreviations of running text ("et al.", "the med. staff", "incl. VAT").
  'al', 'med', 'incl', 'excl', 'esp', 'misc', 'avg', 'info', 'abbr', 'adj', 'adv', 'orig', 'prev', 'qty', 'pkg',
  'tbsp', 'tsp', 'temp', 'dist', 'bldg', 'hosp', 'wk', 'wkly', 'mgr', 'mgmt', 'admin', 'appt', 'dept', 'btw',
]);

/** Abbreviations that follow a name: company forms, name suffixes, street types. */
export const SUFFIX_ABBREVIATIONS = new Set([
  'inc', 'co', 'cos', 'corp', 'cie', 'ltd', 'llc', 'llp', 'plc', 'bros', 'pty', 'ag', 'sa', 'nv', 'bv', 'gmbh',
  'jr', 'sr', 'esq', 'ave', 'blvd', 'rd', 'hwy', 'pkwy', 'ln', 'ct', 'pl', 'sq', 'etc',
]);

/** US state abbreviations in AP style, as in "Houston, Tex." or "(D., Wash.)". */
export const STATE_ABBREVIATIONS = new Set([
  'ala', 'ariz', 'ark', 'calif', 'cal', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky',
  'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nebr', 'nev', 'okla', 'ore', 'pa', 'tenn',
  'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'n.c', 's.c', 'n.d', 's.d', 'n.h', 'n.m', 'r.i', 'w.va',
]);

const TIME_ABBREVIATIONS = new Set(['a.m', 'p.m']);

let classes: Map<string, AbbreviationClass> | null = null;

/** The class of a lower-cased abbreviation (no final period), or undefined for an ordinary word. */
export function abbreviationClass(word: string): AbbreviationClass | undefined {
  if (!classes) {
    classes = new Map();
    // Later sets win: a word in two sets gets the more specific behaviour.
    for (const w of STATE_ABBREVIATIONS) classes.set(w, 'state');
    for (const w of SUFFIX_ABBREVIATIONS) classes.set(w, 'suffix');
    for (const w of NUMBER_ABBREVIATIONS) classes.set(w, 'number');
    for (const w of CONTINUING_ABBREVIATIONS) classes.set(w, 'continues');
    for (const w of TITLE_ABBREVIATIONS) classes.set(w, 'title');
    for (const w of TIME_ABBREVIATIONS) classes.set(w, 'time');
  }
  return classes.get(word);
}
