// Bylines and datelines: "By Maria Varenikova and David Pierson New York Times",
// "by Kateryna Denisova April 11, 2025 8:46 PM 2 min read", "Updated April 11, 2025".
// A byline gives the authors (names only, without the outlet) and often the
// publication date; the line itself is furniture.
import { DAY_FIRST, MONTH_FIRST, parseDateText } from './dateline.js';

export interface Byline {
  authors: string[];
  published: string | null;
}

const LEAD = /^(?:(?:written|words|story|text|reporting|posted|published)\s+)?by\s+/i;
/** A name word: capitalised ("Varenikova", "O’Brien", "Jean-Paul"), an initial ("J."), or a name particle. */
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.|de|da|del|della|di|du|van|von|der|den|la|le|al|el|bin|ibn|dos|das|ter|ten|jr\.?|sr\.?|ii|iii|iv)$/u;
const PARTICLE = /^(?:de|da|del|della|di|du|van|von|der|den|la|le|al|el|bin|ibn|dos|das|ter|ten)$/;
const INITIAL_OR_SUFFIX = /^(?:\p{Lu}\.|\p{Lu}|Jr\.?|Sr\.?|II|III|IV)$/u;
/**
 * Head words of outlet names that follow the authors ("... New York Times",
 * "... Kyiv Independent", "... Associated Press"): a closed class.
 */
const OUTLET_HEAD = /^(?:Times|News|Post|Press|Journal|Herald|Tribune|Independent|Guardian|Telegraph|Gazette|Observer|Chronicle|Magazine|Daily|Reuters|Bloomberg|AFP|AP|CNN|BBC|NBC|ABC|CBS|NPR|Politico|Axios|Insider|Wire|Media|Network|Agency|Service|Staff|Correspondent|Reporter|Writer|Editor|Standard|Express|Mail|Mirror|Economist|Atlantic|Review|Week|Today|Report|Bureau)$/;
const NOT_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|Then|Now|Updated|Published)\.?$/;
/** What may follow the names: dates, times, zones, separators, "Updated", "2 min read". */
const TRAILER_WORD = /^(?:[|•·,—–-]+|updated|published|posted|last|on|at|and|\d+|min|mins|minute|minutes|read|listen|[ap]\.?m\.?|[AP]M|[A-Z]{2,4}T?|UTC[+-]?\d*|GMT[+-]?\d*)$/;

const HAS_DIGIT = /\d/;
/** Longer than this, a line is a sentence, not a byline (this also bounds the trims and splits run on its parts). */
const MAX_BYLINE = 200;
/** Longer than this, a line is not a dateline. */
const MAX_DATELINE = 80;
/**
 * Between two authors: ", ", " and ", ", and ", " & ". The spaces before a
 * separator are taken only from where their run starts ((?<!\s)), so a long
 * run of spaces with no separator after it is read once, not once per space.
 */
const NAME_SEPARATOR = /(?:(?<!\s)\s+)?(?:,\s*(?:and\s+)?|&\s*)|(?<!\s)\s+and\s+/;

/** The byline on `line`, or null when the line is a sentence ("By Tuesday, the army had ..."). */
export function parseByline(line: string): Byline | null {
  const lead = LEAD.exec(line);
  if (!lead || line.length > MAX_BYLINE) return null;
  const rest = line.slice(lead[0].length);
  const dateAt = firstDate(rest);
  const namePart = rest.slice(0, dateAt).replace(/[\s|•·,—–-]+$/, '');
  const trailer = rest.slice(dateAt);
  if (!trailerOk(trailer)) return null;
  const authors = namesOf(namePart);
  if (authors === null) return null;
  return { authors, published: trailer ? parseDateText(trailer) : null };
}

/** A line that is only a date (with "Updated"/"Published" and a time): a dateline. */
export function parseDateline(line: string): string | null {
  // Every date parseDateText reads has digits.
  if (line.length > MAX_DATELINE || !HAS_DIGIT.test(line)) return null;
  const at = firstDate(line);
  if (at === line.length) return null;
  if (!/^(?:(?:updated|published|posted|first published|last updated)(?: on| at)?:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s*)?$/i.test(line.slice(0, at))) return null;
  const rest = line.slice(at);
  return trailerOk(rest) ? parseDateText(rest) : null;
}

function firstDate(s: string): number {
  const at = [MONTH_FIRST.exec(s)?.index, DAY_FIRST.exec(s)?.index, /\b\d{4}-\d{2}-\d{2}\b/.exec(s)?.index, /\b(?:updated|published)\b/i.exec(s)?.index, /\b\d+ min(?:ute)?s? read\b/i.exec(s)?.index]
    .filter((x): x is number => x !== undefined);
  return at.length ? Math.min(...at) : s.length;
}

/** The words after the names must all be date, time or reading-time words. */
function trailerOk(trailer: string): boolean {
  if (!trailer) return true;
  const stripped = trailer
    .replace(MONTH_FIRST, ' ')
    .replace(DAY_FIRST, ' ')
    .replace(/\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b/g, ' ')
    .replace(/\b\d{1,2}[:.]\d{2}\b/g, ' ')
    .replace(/\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?/gi, ' ');
  return stripped.split(/\s+/).map((w) => w.replace(/[:;,]+$/, '')).filter(Boolean).every((w) => TRAILER_WORD.test(w) || TRAILER_WORD.test(w.toLowerCase()));
}

/** "Maria Varenikova and David Pierson New York Times" -> ["Maria Varenikova", "David Pierson"]. */
function namesOf(s: string): string[] | null {
  const chunks = s.split(NAME_SEPARATOR).filter(Boolean);
  if (chunks.length === 0) return null;
  const out: string[] = [];
  let outlet = false;
  for (const chunk of chunks) {
    const words = chunk.split(/\s+/);
    if (!words.every((w) => NAME_WORD.test(w)) || words.some((w) => NOT_NAME.test(w))) return null;
    const name = personPart(words);
    if (name) out.push(name);
    outlet ||= OUTLET_HEAD.test(words[words.length - 1]);
  }
  // "By Christmas" names nobody; "By Reuters" names an outlet and is still a byline.
  return out.length > 0 || outlet ? out : null;
}

/**
 * The person's name at the start of a chunk, without an outlet after it. A
 * chunk that ends in an outlet head word, or has four or more full words,
 * keeps only given name + surname (plus initials, particles and suffixes).
 */
function personPart(words: string[]): string | null {
  const outletEnd = OUTLET_HEAD.test(words[words.length - 1]);
  // Four full words are a name and an outlet ("Tom Berg Daily Ledger"); three may be one name ("Li Wei Chen").
  const fullWords = words.filter((w) => !PARTICLE.test(w) && !INITIAL_OR_SUFFIX.test(w)).length;
  if (!outletEnd && fullWords <= 3) return fullWords >= 2 ? words.join(' ') : null;
  const kept: string[] = [];
  let full = 0;
  for (const w of words) {
    if (full >= 2 && !INITIAL_OR_SUFFIX.test(w)) break;
    kept.push(w);
    if (!PARTICLE.test(w) && !INITIAL_OR_SUFFIX.test(w)) full++;
  }
  if (full < 2 || kept.length === words.length) return null;
  return kept.join(' ');
}
