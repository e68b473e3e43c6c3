// Capitalised words that are never (part of) a person's or a place's name at the edge
// of a candidate: function words capitalised at a sentence start or in a title-case
// headline, months and weekdays ("on Monday", "in May"), and pronouns. Lower-cased.

export const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'as',
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'into', 'onto', 'over', 'under',
  'after', 'before', 'since', 'until', 'about', 'against', 'between', 'among', 'through', 'during', 'while',
  'when', 'where', 'why', 'how', 'what', 'who', 'whom', 'whose', 'which', 'there', 'here', 'then', 'than',
  'i', 'he', 'she', 'it', 'we', 'you', 'they', 'me', 'him', 'her', 'us', 'them', 'his', 'its', 'our',
  'your', 'their', 'my', 'mine', 'not', 'no', 'yes', 'all', 'any', 'some', 'each', 'every', 'both',
  'either', 'neither', 'one', 'other', 'another', 'such', 'many', 'much', 'more', 'most', 'few', 'also',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would',
  'can', 'could', 'may', 'might', 'must', 'shall', 'should', 'vs', 'v', 'per', 'via', 'up', 'down', 'out',
  'off', 'near', 'like', 'just', 'only', 'even', 'still', 'now', 'says', 'said', 'say',
]);

export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

export const WEEKDAYS = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/** Name particles written in lower case inside a name ("Ludwig van Beethoven", "Charles de Gaulle"). */
export const NAME_PARTICLES = new Set([
  'de', 'da', 'das', 'dos', 'do', 'del', 'della', 'di', 'du', 'des', 'van', 'von', 'der', 'den', 'ter',
  'le', 'la', 'bin', 'ibn', 'bint', 'al', 'el', 'abu', 'y', 'mc',
]);
