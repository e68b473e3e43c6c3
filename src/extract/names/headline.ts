import type { Candidate } from './candidates.js';
import { isCommon, type Mention } from './classify.js';
import type { DocumentNames } from './document.js';
import type { Gazetteer } from './gazetteer.js';
import { isPlaceFirstWord } from './lex.js';
import { lookupPlace, phrase } from './place-lookup.js';
import type { Token } from './tokens.js';

const MAX_WORDS = 4;
/** In a headline nothing but the gazetteer speaks for a town, so it must be a big one. */
const HEADLINE_CITY_POPULATION = 100_000;

/**
 * Names in an ALL-CAPS line ("SOCCER - MCCARTHY NAMES TEAM TO PLAY LIECHTENSTEIN"),
 * where capitals say nothing: the longest run of words that the body of the document
 * names ("McCarthy"), else a place the gazetteer knows well, else an initial + surname.
 */
export function headlineMentions(tokens: Token[], text: string, doc: DocumentNames, g: Gazetteer): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!tokens[i].word || isDigit(tokens[i].text)) {
      i++;
      continue;
    }
    let found: Mention | null = null;
    const lower = tokens[i].lower;
    const longest = isPlaceFirstWord(tokens[i], g) || doc.firstWords.has(lower) || tokens[i].initial ? MAX_WORDS : 1;
    for (let n = Math.min(longest, wordRun(tokens, i)); n >= 1 && !found; n--) found = match(tokens, i, i + n, text, doc, g);
    if (found) {
      out.push(found);
      i = found.cand.j;
    } else i++;
  }
  return out;
}

function wordRun(tokens: Token[], i: number): number {
  let n = 0;
  while (i + n < tokens.length && tokens[i + n].word && !isDigit(tokens[i + n].text)) n++;
  return n;
}

function isDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function match(tokens: Token[], i: number, j: number, text: string, doc: DocumentNames, g: Gazetteer): Mention | null {
  const key = phrase(tokens, i, j);
  const known = (j - i === 1 && doc.isSurname(tokens[i]) ? 'PER' : null) ?? doc.labels.get(key) ?? (j - i === 1 && doc.isPersonWord(tokens[i]) ? 'PER' : null);
  if (known) return mention(tokens, i, j, text, known, known === 'LOC' ? lookupPlace(g, tokens, i, j) : null);
  const place = lookupPlace(g, tokens, i, j);
  if (place && (place.kind !== 'city' || ((place.entry?.population ?? 0) >= HEADLINE_CITY_POPULATION && !isCommon(tokens[i], g) && !g.givenNames.has(key)))) {
    return mention(tokens, i, j, text, 'LOC', place);
  }
  if (j - i === 2 && tokens[i].initial) return mention(tokens, i, j, text, 'PER', null);
  return null;
}

function mention(tokens: Token[], i: number, j: number, text: string, label: Mention['label'], place: Mention['place']): Mention {
  const start = tokens[i].start;
  const end = tokens[j - 1].end;
  const c: Candidate = { tokens, i, j, start, end, text: text.slice(start, end), title: null, initial: false, caps: true };
  return { start, end, text: c.text, label, strong: false, title: null, place, cand: c, rule: 'headline' };
}
