// Words around a number that decide what it is: qualifiers, the nouns that
// make a number part of a name, street designators, time units. Closed
// classes, lower-cased unless said otherwise.

/**
 * Qualifiers written before an amount; they go to `approximate`, outside the
 * span. Longest first so "no more than" wins over "more than".
 */
export const QUALIFIERS: readonly string[] = [
  'no more than', 'no fewer than', 'no less than', 'not more than', 'not less than', 'well over', 'well under',
  'well above', 'well below', 'just over', 'just under', 'just above', 'just below', 'a little over',
  'a little more than', 'slightly more than', 'slightly less than', 'significantly more than', 'significantly fewer than',
  'significantly less than', 'considerably more than', 'far more than', 'far fewer than', 'far less than', 'more than', 'less than', 'fewer than',
  'greater than', 'at least', 'at most', 'up to', 'as many as', 'as much as', 'as few as', 'as little as',
  'close to', 'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'approx.', 'some', 'over',
  'under', 'above', 'below', 'upwards of', 'in excess of', 'an estimated', 'estimated', 'circa', 'c.', 'ca.',
  'maximum of', 'a maximum of', 'a minimum of', 'minimum of', 'an average of', 'on average', 'nearly all',
];

/**
 * Capitalised nouns that take a number as part of a name: "Formula 1",
 * "Boeing 737", "Article 5", "Flight 17", "Windows 10". Compared lower-cased,
 * and only when the word is written with a capital.
 */
export const NAME_DESIGNATORS: ReadonlySet<string> = new Set([
  'formula', 'boeing', 'airbus', 'article', 'articles', 'section', 'chapter', 'title', 'category', 'level', 'phase',
  'stage', 'flight', 'route', 'highway', 'interstate', 'channel', 'apollo', 'windows', 'iphone', 'galaxy', 'room',
  'gate', 'terminal', 'platform', 'building', 'block', 'unit', 'bay', 'pier', 'lot', 'plot', 'no', 'no.', 'nos',
  'number', 'resolution', 'proposition', 'prop', 'amendment', 'paragraph', 'rule', 'vol', 'vol.', 'volume', 'issue',
  'episode', 'season', 'part', 'track', 'type', 'model', 'mark', 'series', 'version', 'v', 'release', 'tier',
  'district', 'precinct', 'ward', 'sector', 'zone', 'covid', 'group', 'grade', 'class', 'act', 'scene', 'figure',
  'fig', 'fig.', 'table', 'page', 'pp', 'line', 'exit', 'division', 'squadron', 'ios', 'android', 'playstation',
  'xbox', 'pixel', 'patriot', 'cop', 'g', 'mh', 'ftse', 'nikkei', 'dax', 'cac', 'stoxx', 'ibex', 'fortune', 'russell', 'radio', 'studio', 'apollo', 'gemini', 'soyuz', 'falcon', 'chapter',
]);

/** Street designators: "10 Downing Street" is an address, not a quantity. */
export const STREET_DESIGNATORS: ReadonlySet<string> = new Set([
  'street', 'st', 'st.', 'avenue', 'ave', 'ave.', 'road', 'rd', 'rd.', 'boulevard', 'blvd', 'blvd.', 'lane', 'ln',
  'drive', 'dr.', 'way', 'place', 'square', 'court', 'terrace', 'parkway', 'pkwy', 'crescent', 'close', 'row',
]);

/** Time units: "four days", "24 hours", "a 45-year-old" are durations (dates), not numbers. */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second', 'seconds', 'sec', 'secs', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day',
  'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'yr', 'yrs', 'decade', 'decades', 'century',
  'centuries', 'fortnight', 'fortnights', 'night', 'nights', 'weekend', 'weekends', 'millennium', 'millennia',
  'year-old', 'years-old', 'year-long', 'day-long', 'week-long', 'month-long', 'hour-long', 'minute-long',
  'day-old', 'week-old', 'month-old', 'hour-old', 'summers', 'winters', 'autumns',
]);

/** Words that may stand between a count and its time unit: "20 more years", "three straight days". */
export const TIME_UNIT_MODIFIERS: ReadonlySet<string> = new Set([
  'more', 'fewer', 'additional', 'extra', 'straight', 'trading', 'consecutive', 'long', 'full', 'whole', 'successive', 'further', 'calendar', 'business', 'working',
]);

/** Month names and abbreviations: "May 4th", "4 April" are dates. */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * Verbs of change: after them "X to Y" is a movement from one value to another
 * ("lifted rates 0.25% to 5.5%", "fell 2 to 3 percent" is rarer than "fell 2%
 * to 3%"), so it is not read as a range.
 */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'rose', 'rise', 'rises', 'rising', 'risen', 'fell', 'fall', 'falls', 'falling', 'fallen', 'lifted', 'lift', 'raised',
  'raise', 'raises', 'increased', 'increase', 'increases', 'cut', 'cuts', 'climbed', 'climb', 'jumped', 'jump',
  'dropped', 'drop', 'slipped', 'slid', 'gained', 'gain', 'lost', 'grew', 'grow', 'declined', 'decline', 'eased',
  'surged', 'soared', 'plunged', 'tumbled', 'slumped', 'rebounded', 'advanced', 'reduced', 'lowered', 'boosted',
  'up', 'down', 'by', 'from', 'revised', 'changed', 'moved', 'went', 'shrank', 'expanded', 'widened', 'narrowed',
]);

/** Verbs and nouns of sport: "won 2-1", "a 3-1 victory" are scores, not ranges. */
export const SCORE_CUES: ReadonlySet<string> = new Set([
  'won', 'win', 'wins', 'winning', 'beat', 'beats', 'beaten', 'lost', 'lose', 'loses', 'losing', 'defeat',
  'defeated', 'defeats', 'victory', 'draw', 'drew', 'drawn', 'tie', 'tied', 'score', 'scored', 'scoreline',
  'lead', 'led', 'leads', 'trail', 'trailed', 'trailing', 'thrashed', 'thrashing', 'edged', 'match', 'game',
  'final', 'semi-final', 'win', 'triumph', 'loss', 'rout', 'routed', 'goals', 'sets', 'vote', 'voted', 'votes',
]);

/** Words of paying and spending: they make an ambiguous currency word money ("paid 40 pounds"). */
export const PAYING_WORDS: ReadonlySet<string> = new Set([
  'paid', 'pay', 'pays', 'paying', 'cost', 'costs', 'costing', 'spent', 'spend', 'spends', 'worth', 'priced', 'fined',
  'charged', 'charge', 'earned', 'earns', 'earn', 'raised', 'owed', 'owes', 'donated', 'fee', 'fine', 'price', 'salary',
  'wage', 'bill', 'budget', 'deficit', 'surplus', 'profit', 'loan', 'loans', 'debt', 'debts', 'revenue', 'revenues',
  'spending', 'investment', 'fund', 'funding', 'grant', 'bonus', 'compensation', 'damages', 'tax', 'taxes', 'bid',
]);
