import { MONTHS } from '../../lexicon/name-stopwords.js';
import type { Candidate } from './candidates.js';
import type { Mention } from './classify.js';
import type { Gazetteer } from './gazetteer.js';
import { lookupPlace } from './place-lookup.js';
import { stateAbbreviation } from './state-abbreviation.js';
import type { Token } from './tokens.js';

// A dateline opens a wire story with the place it was filed from, in capitals, then a
// date or the agency: "LONDON 1996-08-30", "LA CORUNA, Spain 1996-08-31",
// "KYIV, April 9 (Reuters) -". The capitals are a place whatever the gazetteer says:
// the position alone is the evidence. So is the country or state after the comma
// ("MILWAUKEE, Wisconsin", "ROCHESTER, N.H.", "IRVINE, Calif").
const DATE_AFTER = /^\s*,?\s*(?:\d{4}-\d\d-\d\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\((?:Reuters|AP|AFP|UPI|Xinhua|Interfax|dpa|Bloomberg)\))/;
const MAX_WORDS = 4;

/** The dateline places at the start of a paragraph's first sentence (the town, then its state or country), or []. */
export function datelineMentions(tokens: Token[], text: string, g: Gazetteer): Mention[] {
  let j = 0;
  while (j < tokens.length && j < MAX_WORDS && tokens[j].word && tokens[j].upper && !/^\d/.test(tokens[j].text)) j++;
  if (j === 0) return [];
  let rest = j;
  // An optional ", Region" or ", COUNTRY" between the city and the date.
  if (tokens[rest]?.text === ',') {
    let k = rest + 1;
    while (k < tokens.length && k < rest + 1 + MAX_WORDS && tokens[k].word && tokens[k].cap && !MONTHS.has(tokens[k].lower)) k++;
    if (k > rest + 1) rest = k;
  }
  if (!dateAfter(tokens, rest, text)) {
    if (rest === j || !dateAfter(tokens, j, text)) return [];
    rest = j;
  }
  const out = [mention(tokens, 0, j, text, g)];
  if (rest > j) out.push(mention(tokens, j + 1, rest, text, g));
  return out;
}

function mention(tokens: Token[], i: number, j: number, text: string, g: Gazetteer): Mention {
  const start = tokens[i].start;
  const end = tokens[j - 1].end;
  const c: Candidate = { tokens, i, j, start, end, text: text.slice(start, end), title: null, initial: i === 0, caps: true };
  const place = lookupPlace(g, tokens, i, j) ??
    (j - i === 1 ? stateAbbreviation(tokens[i]) : null) ?? { name: titleCase(c.text), kind: i === 0 ? 'city' as const : 'region' as const, country: null, entry: null };
  return { start, end, text: c.text, label: 'LOC', strong: true, title: null, place, cand: c, rule: 'dateline' };
}

function dateAfter(tokens: Token[], k: number, text: string): boolean {
  return DATE_AFTER.test(text.slice(tokens[k - 1].end, tokens[k - 1].end + 40));
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s\-'])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}
