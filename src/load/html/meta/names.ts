// What one chunk of a byline is: a person's name, an organisation (an outlet,
// a wire service, a desk), a job label, or nothing usable. Bylines mix them
// freely ("Jane Doe, CNN", "Jane Doe | Staff Writer", "By The Associated Press"),
// and a reader wants the people, or the organisation when no person is named.
import { gazetteer } from '../../../extract/names/gazetteer.js';

export type ChunkKind = 'person' | 'org' | 'role' | 'none';

/** Job labels that follow a name ("Senior Political Correspondent", "Staff Writer"): a closed class. */
const ROLE_WORD =
  /^(?:staff|writer|writers|editor|editors|editorial|correspondent|correspondents|reporter|reporters|contributor|contributors|contributing|columnist|journalist|producer|photographer|photographers|analyst|author|authors|chief|senior|deputy|managing|executive|associate|assistant|special|bureau|desk|team|intern|freelance|freelancer|video|data|political|foreign|business|sports|science|health|technology|tech|economics|opinion|features|news|guest|host|anchor|critic|blogger|moderator|researcher|fellow|ma|ms|msc|mph|phd|md|rn|mba|bsc|ba|pharmd|dds)$/i;

export const DESK = /^(?:our|a|an)\s+\S/i;

const JOB_NOUN = /^(?:writer|editor|correspondent|reporter|contributor|columnist|journalist|producer|photographer|analyst|intern|critic|blogger|anchor|staff|writers|editors|reporters|correspondents)$/i;

/**
 * Head words of organisation names ("Associated Press", "Kyiv Independent",
 * "CNN Wire", "Newsroom"): outlets, agencies and desks, a closed class.
 */
const ORG_WORD =
  /^(?:times|news|post|press|journal|herald|tribune|independent|guardian|telegraph|gazette|observer|chronicle|magazine|daily|reuters|bloomberg|afp|ap|upi|dpa|efe|ansa|xinhua|tass|wire|wires|media|network|networks|agency|agencies|service|services|newsroom|newsdesk|standard|express|mail|mirror|economist|review|weekly|today|report|radio|tv|television|broadcasting|channel|online|digital|group|inc|ltd|llc|plc|corp|company|associated|foundation|institute|university|council|ministry|department|office|society|association|staff)\.?$/i;

/** Name particles written in lower case inside a name ("Michiel de Jong", "Ludwig van Beethoven"). */
const PARTICLE = /^(?:de|da|del|della|dei|di|du|des|van|von|der|den|la|le|al|el|bin|ibn|bint|dos|das|do|ter|ten|y|e|zu|af|av)$/;
const SUFFIX = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** A word that may stand in a person's name: capitalised, an initial, a particle, or from a script without case. */
function nameWord(w: string): boolean {
  if (PARTICLE.test(w) || SUFFIX.test(w)) return true;
  const first = w.replace(/^[("'‘“]+/, '')[0] ?? '';
  return /\p{Lu}|\p{Lt}/u.test(first) || (/\p{Lo}/u.test(first) && !/\p{Ll}/u.test(w));
}

/** "By Tuesday", "By March": a month or weekday alone is a time, not a name. */
const CALENDAR = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|now|then)$/i;

/** An acronym standing alone ("CNN", "AP", "NPR", "AFP"): an organisation, not a person. */
const ACRONYM = /^\p{Lu}{2,5}$/u;

export function chunkKind(chunk: string, siteNames: readonly string[] = []): ChunkKind {
  const words = chunk.split(/\s+/).filter(Boolean);
  if (words.length === 0 || !/\p{L}/u.test(chunk)) return 'none';
  // The site's own name is the publisher, unless it reads as a person's name (a personal blog).
  if (siteNames.some((s) => sameName(s, chunk)) && !personalName(words)) return 'org';
  if (words.every((w) => ROLE_WORD.test(w.replace(/[.,]$/, '')) || /^(?:of|for|and|the|at|in|on)$/i.test(w))) return 'role';
  // "Games Editor", "Senior Political Correspondent": a job title ends in a job noun.
  if (words.length <= 4 && JOB_NOUN.test(words[words.length - 1])) return 'role';
  // "Our Foreign Staff", "Our Correspondent", "A Staff Reporter": a desk, not a name.
  if (DESK.test(chunk)) return 'role';
  if (/^(?:for|special to|reporting for|correspondent for)\b/i.test(chunk)) return 'role';
  if (words.length === 1 && ACRONYM.test(words[0])) return 'org';
  if (words.some((w) => ORG_WORD.test(w)) && !isInitialledName(words)) return 'org';
  if (/^the$/i.test(words[0]) && words.length >= 2 && words.slice(1).every((w) => nameWord(w) && !PARTICLE.test(w))) return 'org';
  if (words.length === 1 && CALENDAR.test(words[0])) return 'none';
  if (words.length > 5 || chunk.length > 60) return 'none';
  // A lone lower-case word ("admin", "folha") is a login; a sentence has lower-case words.
  if (!words.every(nameWord)) return 'none';
  if (words.every((w) => PARTICLE.test(w) || SUFFIX.test(w))) return 'none';
  return 'person';
}

/**
 * "Jane Doe" as a site name (a personal blog): two to four capitalised words
 * starting with a known given name, no organisation word ("City Ledger" is a
 * site); or a name in a script without case, which cannot be told apart.
 */
function personalName(words: string[]): boolean {
  if (words.length === 1) return /^[\p{Lo}\p{M}_·・]+$/u.test(words[0]) && /\p{Lo}/u.test(words[0]);
  if (words.length > 4 || !words.every((w) => nameWord(w) && !ORG_WORD.test(w) && !ACRONYM.test(w))) return false;
  return startsWithGivenName(words.join(' '));
}

/** The first word is a known given name ("Emily Post"; not "Fox News", "City Ledger"). */
export function startsWithGivenName(name: string): boolean {
  if (name.split(/\s+/).length < 2) return false;
  try {
    return gazetteer().givenNames.has(name.split(/\s+/)[0].toLowerCase());
  } catch {
    return false; // no gazetteer built: treated as not a person's name
  }
}

/** "J. Press" or "Mark Times" are people: an initial or given name before the org word. */
function isInitialledName(words: string[]): boolean {
  return words.length === 2 && /^\p{Lu}\.$/u.test(words[0]);
}

/** The same name, ignoring case, spaces and punctuation; a long one may sit inside the other ("NBCNews" in "NBC News Digital"). */
export function sameName(a: string, b: string): boolean {
  const x = squash(a);
  const y = squash(b);
  if (!x || !y) return false;
  return x === y || (y.length > 3 && x.length > 3 && (x.includes(y) || y.includes(x)) && Math.min(x.length, y.length) >= 0.6 * Math.max(x.length, y.length));
}

export function squash(s: string): string {
  return s.toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Trailing job words glued to a name without a comma ("Jane Doe Staff Writer" -> "Jane Doe"). */
export function withoutTrailingRole(chunk: string): string {
  const words = chunk.split(/\s+/);
  let end = words.length;
  while (end > 2 && ROLE_WORD.test(words[end - 1]) && !/^authors?$/i.test(words[end - 1])) end--;
  return end < words.length && end >= 2 ? words.slice(0, end).join(' ') : chunk;
}

/** "GILLIAN MOHNEY" -> "Gillian Mohney"; mixed case ("McDonald", "de Jong") is left alone. */
export function titleCaseShouting(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name) || (!name.includes(' ') && name.length <= 5)) return name;
  return name.toLowerCase().replace(/(^|[\s'’\-.])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

export { PARTICLE, ROLE_WORD };
