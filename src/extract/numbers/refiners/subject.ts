import type { NumberRefiner } from '../amount.js';
import { SMALL_NUMBERS, TENS } from '../../../lexicon/number-words.js';
import { L, rx } from '../context.js';

// `subject`: the noun phrase a cardinal or ordinal counts — its pre-modifiers
// and head noun, without determiners, following prepositional phrases or
// relative clauses. "155 Chinese citizens" → "Chinese citizens", "145
// Iran-made Shahed drones", "one of the captured soldiers" → "captured
// soldiers", "its fourth year" → "year", "at over 5,000, with" → null.
// Rules, no tagger: a closed class of words that end a noun phrase, a plural
// noun as the usual head, and -ed/-ing words only as pre-modifiers.

const STOP = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'and', 'or', 'but', 'nor', 'that',
  'which', 'who', 'whom', 'whose', 'as', 'than', 'this', 'these', 'those', 'their', 'his', 'her', 'its', 'our',
  'your', 'my', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'had', 'has', 'have', 'will', 'would', 'could',
  'should', 'may', 'might', 'must', 'can', 'did', 'do', 'does', 'not', 'said', 'say', 'says', 'per', 'each',
  'after', 'before', 'since', 'during', 'over', 'under', 'into', 'onto', 'about', 'against', 'between', 'through',
  'across', 'among', 'amid', 'including', 'where', 'when', 'while', 'if', 'so', 'also', 'only', 'just', 'still',
  'more', 'less', 'fewer', 'most', 'least', 'very', 'there', 'here', 'then', 'now', 'ago', 'later', 'earlier',
  'it', 'they', 'them', 'he', 'she', 'we', 'you', 'i', 'us', 'him', 'all', 'both', 'some', 'any', 'no', 'such',
  'other', 'another', 'out', 'up', 'down', 'off', 'back', 'again', 'too', 'yet', 'ever', 'already',
  'what', 'how', 'why', 'via', 'like', 'unlike', 'within', 'without', 'toward', 'towards', 'upon', 'near',
  'around', 'across', 'behind', 'beyond', 'above', 'below', 'until', 'till', 'because', 'though', 'although',
  'whether', 'either', 'neither', 'plus', 'minus', 'versus', 'vs', 'respectively', 'apiece', 'altogether',
  'according', 'compared', 'next', 'last', 'previous', 'following', 'overall', 'each', 'apiece', 'total', 'instead', 'afterwards', 'onwards', 'percent', 'cent', 'dollars', 'million', 'billion', 'thousand', 'hundred',
]);
/** Verbs that often follow a bare count ("20 remain", "30 fled"): they end the phrase. */
const VERBS = new Set(['remain', 'remains', 'die', 'dies', 'fled', 'left', 'went', 'came', 'took', 'made', 'got', 'gave', 'saw', 'won', 'lost', 'fell', 'rose', 'face', 'need', 'want', 'live', 'work', 'stayed', 'survived', 'escaped', 'returned', 'arrived']);
/** A plural head ends the noun phrase ("citizens fighting"); "police", "staff" may still modify ("police officers"). */
function pluralHead(w: string): boolean {
  const l = w.toLowerCase();
  if (l === 'people' || l === 'children' || l === 'men' || l === 'women') return true;
  return l.length > 3 && l.endsWith('s') && !/(?:ss|us|is|wards)$/.test(l) && !/^(?:[A-Z]\.){2,}$/u.test(w);
}
/** After these, "of" + determiner introduces what is counted: "one of the captured soldiers". */
const OF_DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'those', 'these', 'whom', 'which']);
const WORD = rx('y')`\s+((?:[A-Z]\.){2,}|[${L}][${L}'’]*(?:-[${L}0-9][${L}'’]*)*)`;
const MAX_WORDS = 5;
const COMPOUND_OR_QUOTE = rx('')`^(?:-[${L}]+|["”’'])`;

export const findSubjects: NumberRefiner = (amounts, s) => {
  for (const a of amounts) {
    if (a.kind !== 'cardinal' && a.kind !== 'ordinal') continue;
    a.subject = subjectAfter(s.text, skipCompound(s.text, a.end), a.source === 'vague' || a.value === 1);
  }
  return amounts;
};

/** "second-largest economy": the subject follows the compound. */
function skipCompound(text: string, end: number): number {
  // Also a closing quote: “several hundred” Chinese nationals.
  const c = text[end];
  if (c !== '-' && c !== '"' && c !== '”' && c !== '’' && c !== "'") return end;
  const m = COMPOUND_OR_QUOTE.exec(text.slice(end, end + 20));
  return m ? end + m[0].length : end;
}

function subjectAfter(text: string, pos: number, ofCounts: boolean): string | null {
  // Words are read one at a time (most phrases end at the first or second word), at most MAX_WORDS + 2 of them.
  let first = wordAt(text, pos);
  // "one of the captured soldiers", "dozens of civilians", "hundreds of thousands of people".
  if (first !== null && first.w.toLowerCase() === 'of') {
    const second = wordAt(text, first.end);
    const det = second?.w.toLowerCase();
    if (second && det && OF_DETERMINERS.has(det)) first = wordAt(text, second.end);
    else if (ofCounts) first = second;
    else return null;
  }
  const phrase: string[] = [];
  for (let word = first, n = 1; word !== null; word = n < MAX_WORDS + 2 ? wordAt(text, word.end) : null, n++) {
    const w = word.w;
    const lower = w.toLowerCase();
    // "the first drop larger than 1.0 pct": a comparative before "than" is not part of the phrase.
    if (lower === 'than' && phrase.length > 1 && phrase[phrase.length - 1].endsWith('er')) phrase.pop();
    // A possessive is a determiner: "one of the UK's biggest miscarriages" counts miscarriages.
    if (lower.endsWith("'s") || lower.endsWith('’s')) {
      phrase.length = 0;
      continue;
    }
    if (STOP.has(lower) || VERBS.has(lower) || SMALL_NUMBERS.has(lower) || TENS.has(lower) || (lower.endsWith('ly') && lower.length > 4)) break;
    // An -ed word after a noun is a verb or a post-modifier: "one supporter required treatment".
    if (phrase.length > 0 && w.length >= 3 && isAsciiLower(w.charCodeAt(0)) && w.endsWith('ed') && !phrase[phrase.length - 1].toLowerCase().endsWith('ed')) break;
    // A plural head ends the phrase: "the 155 recruits Ukraine had identified", "citizens fighting".
    if (phrase.length > 0 && pluralHead(phrase[phrase.length - 1])) break;
    phrase.push(w);
    if (phrase.length === MAX_WORDS) break;
  }
  // -ed/-ing words modify a noun that follows; at the end of the phrase they are a verb ("four civilians killed").
  // A superlative with no noun after it is not the thing counted ("one of our sweetest ever wins").
  while (phrase.length > 0 && verbOrSuperlative(phrase[phrase.length - 1])) phrase.pop();
  return phrase.length > 0 ? phrase.join(' ') : null;
}

function verbOrSuperlative(w: string): boolean {
  return w.endsWith('ed') || w.endsWith('ing') || (w.length >= 6 && w.endsWith('est'));
}

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** The word after `pos` (spaces skipped) and where it ends, or null. */
function wordAt(text: string, pos: number): { w: string; end: number } | null {
  WORD.lastIndex = pos;
  const m = WORD.exec(text);
  return m ? { w: m[1], end: pos + m[0].length } : null;
}
