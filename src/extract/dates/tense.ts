// Which way a bare weekday or month points: "said Tuesday" is the Tuesday
// just gone, "will meet Friday" the coming one. We look at the verbs nearest
// the expression in its clause, as HeidelTime does with POS tags, but with
// word lists: modals and going-to/plan-to for the future, "said"-type verbs,
// was/were/had/did and -ed forms for the past.

export type Tense = 'past' | 'future' | null;

const FUTURE = new Set([
  'will', "'ll", 'shall', "won't", 'wo', 'planning', 'scheduled',
  'expects', 'due', 'intends', 'intend', 'aims', 'hopes', 'upcoming', 'coming', 'next', 'tomorrow', 'until',
  'soon', 'would', 'effective',
]);

const PAST = new Set([
  'said', 'was', 'were', 'had', 'did', 'told', 'met', 'left', 'began', 'took', 'came', 'went', 'made', 'gave', 'found',
  'saw', 'held', 'sent', 'brought', 'rose', 'fell', 'won', 'lost', 'got', 'paid', 'sold', 'bought', 'spoke', 'wrote',
  'struck', 'led', 'fled', 'shot', 'hit', 'ran', 'became', 'chose', 'drove', 'flew', 'knew', 'thought', 'felt',
  'kept', 'meant', 'stood', 'understood', 'withdrew', 'wore', 'broke', 'built', 'caught', 'dealt', 'fought', 'heard',
  'laid', 'lent', 'overtook', 'rang', 'sank', 'sought', 'spent', 'swore', 'taught', 'threw', 'tore', 'woke', 'ago',
  'last', 'yesterday', 'since', 'earlier', 'recently', 'been',
]);

// Past forms that are never participles, or are cues in themselves.
const PAST_ONLY = new Set(['said', 'was', 'were', 'had', 'did', 'ago', 'last', 'yesterday', 'since', 'earlier', 'recently', 'been', 'began', 'came', 'went', 'took', 'gave', 'saw', 'rose', 'fell', 'spoke', 'wrote', 'knew', 'became', 'chose', 'drove', 'flew', 'threw', 'woke', 'wore', 'broke', 'tore', 'swore', 'rang', 'sank', 'ran', 'withdrew', 'overtook']);

// The present stops the search without a direction ("the dividend is payable Dec. 7").
const PRESENT = new Set(['is', 'are', 'am', "'s", 'remains', 'remain', 'says', 'say']);

// "set to resume Monday", "is to meet Friday", "due to expire": these before "to" point ahead.
// So do the bare forms after "do", "did not" or a plural subject: "did not plan to
// remove him Thursday", "they expect to vote Monday" (an intention is for a day to come).
const BEFORE_TO = new Set(['set', 'due', 'scheduled', 'expected', 'planned', 'plans', 'plan', 'going', 'likely', 'ready', 'about', 'is', 'are', 'was', 'were', 'hopes', 'hoped', 'hope', 'wants', 'wanted', 'want', 'intends', 'intended', 'intend', 'expect', 'expects', 'aim', 'aims', 'agreed', 'promised', 'decided', 'asked', 'prepared', 'poised', 'able', 'unable']);

// Auxiliaries before a participle decide its tense ("will be published", "had been killed").
const AUX = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'get', 'got']);

// Words ending in -ed that are not past-tense verbs.
const NOT_PAST_ED = new Set(['need', 'speed', 'indeed', 'red', 'bed', 'seed', 'feed', 'proceed', 'exceed', 'succeed', 'hundred', 'shed', 'breed', 'greed', 'weed', 'deed', 'creed', 'embed', 'ted', 'ned', 'fred', 'ed']);

const WORD = /[A-Za-z']+/g;

// How far left the clause's verb is looked for.
const LEFT_WORDS = 10;

type Cue = Tense | 'present' | 'skip';

/** The cue of words[i], looking at its left neighbours where a word alone is ambiguous. */
// Headlines drop the auxiliary: "Ukraine to resume talks on Monday" means "will resume".
const NOT_VERB_AFTER_TO = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'be', 'date']);

// Words that may stand before a date opening its sentence ("On Tuesday,", "Until Thursday,", "Late Friday,").
const FRONT_WORDS = new Set(['on', 'until', 'till', 'by', 'since', 'from', 'late', 'early', 'earlier', 'later', 'and', 'but', 'also', 'then', 'as', 'of', 'at', 'in', 'before', 'after', 'through', 'last', 'this', 'next', 'so', 'far', 'starting', 'beginning']);

// "planned for early March", "scheduled for Friday": a plan points ahead.
const BEFORE_FOR = new Set(['planned', 'scheduled', 'set', 'slated', 'due', 'expected', 'timed', 'penciled', 'pencilled']);

// Words before an -ed form that make it an adjective ("a still unspecified date", "the revised plan").
const BEFORE_ADJECTIVE = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'still', 'very', 'newly', 'so']);

function cue(words: string[], i: number, headline: boolean): Cue {
  const w = words[i].toLowerCase();
  const prev = i > 0 ? words[i - 1].toLowerCase() : '';
  if (w === 'to') {
    if (BEFORE_TO.has(prev)) {
      // "had been due to expire Friday", "had planned to meet Monday": a plan
      // reported in the past perfect was for a day now gone.
      const p2 = i > 1 ? words[i - 2].toLowerCase() : '';
      const p3 = i > 2 ? words[i - 3].toLowerCase() : '';
      return p2 === 'had' || (p2 === 'been' && p3 === 'had') ? 'past' : 'future';
    }
    const next = words[i + 1];
    return headline && next && /^[a-z]/.test(next) && !NOT_VERB_AFTER_TO.has(next) ? 'future' : null;
  }
  if (w === 'for' && BEFORE_FOR.has(prev)) return 'future';
  if (w === 'be') return prev === 'to' || FUTURE.has(prev) || prev === 'would' ? 'future' : null;
  // "as soon as Tuesday", "as early as Friday" look ahead.
  if (w === 'as' && (prev === 'soon' || prev === 'early')) return 'future';
  // "the building next to the embassy": a place, not a time.
  if (w === 'next' && words[i + 1]?.toLowerCase() === 'to') return null;
  if (FUTURE.has(w)) return 'future';
  if (PRESENT.has(w)) return 'present';
  // A participle after an auxiliary ("will be held", "was told") leaves the tense to the auxiliary.
  if (PAST.has(w) && !PAST_ONLY.has(w)) return AUX.has(prev) ? 'skip' : 'past';
  if (PAST.has(w)) return 'past';
  if (w.length > 4 && w.endsWith('ed') && !NOT_PAST_ED.has(w)) {
    // "a still unspecified date", "undisclosed terms": adjectives, not verbs.
    if (BEFORE_ADJECTIVE.has(prev) || w.startsWith('un')) return null;
    return AUX.has(prev) ? 'skip' : 'past';
  }
  return null;
}

function decide(c: Cue): Tense | undefined {
  if (c === 'present') return null;
  if (c === 'past' || c === 'future') return c;
  return undefined;
}

/**
 * The tense of the clause around [start, end) of `sentence`: the nearest cue
 * to the left (up to 10 words, not crossing ; or a quote boundary), else the
 * nearest to the right (up to 6 words); for a date that opens its sentence,
 * the clause to its right (up to 15 words) first. Null when there is none.
 */
export function tenseAround(sentence: string, start: number, end: number): Tense {
  // A headline has no closing punctuation.
  const headline = !/[.!?:;"'”’)\]]\s*$/.test(sentence);
  let left = sentence.slice(Math.max(0, start - 90), start);
  const cut = Math.max(left.lastIndexOf(';'), left.lastIndexOf('"'), left.lastIndexOf('“'), left.lastIndexOf('”'));
  if (cut >= 0) left = left.slice(cut + 1);
  const leftWords = left.match(WORD) ?? [];
  // A fronted date ("On Tuesday, the league plans to ...", "Until Thursday, they had
  // not ...") belongs to the clause after it: read that clause first, and further.
  const fronted =
    (cut >= 0 || start <= 90) &&
    leftWords.length <= 3 &&
    leftWords.every((w) => FRONT_WORDS.has(w.toLowerCase())) &&
    /^\s*,/.test(sentence.slice(end, end + 3));
  if (fronted) {
    const t = readRight(sentence, end, headline, 15);
    if (t !== undefined) return t;
  }
  for (let i = leftWords.length - 1, n = 0; i >= 0 && n < LEFT_WORDS; i--, n++) {
    const t = decide(cue(leftWords, i, headline));
    if (t !== undefined) return t;
  }
  return fronted ? null : readRight(sentence, end, headline, 6) ?? null;
}

/** The first cue in up to `max` words after `end`, not crossing ; or a quote. */
function readRight(sentence: string, end: number, headline: boolean, max: number): Tense | undefined {
  let right = sentence.slice(end, end + 12 * max);
  const rcut = right.search(/[;"“”]/);
  if (rcut >= 0) right = right.slice(0, rcut);
  const rightWords = right.match(WORD) ?? [];
  for (let i = 0; i < rightWords.length && i < max; i++) {
    const t = decide(cue(rightWords, i, headline));
    if (t !== undefined) return t;
  }
  return undefined;
}
