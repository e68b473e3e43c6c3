// Speech and attribution verbs: the closed class that introduces reported
// words ("said", "told", "wrote", "called ... 'groundless'"). Each lemma is
// listed with its irregular forms; regular forms are derived once.

/** Verbs that report speech or writing and may stand next to a quote. */
const LEMMAS = [
  'say', 'tell', 'write', 'add', 'tweet', 'ask', 'continue', 'state', 'report', 'explain', 'note', 'respond',
  'declare', 'reply', 'argue', 'conclude', 'pledge', 'warn', 'claim', 'suggest', 'chant', 'insist', 'vow',
  'admit', 'acknowledge', 'promise', 'remark', 'announce', 'recall', 'assure', 'answer', 'shout', 'urge',
  'joke', 'boast', 'post', 'lament', 'email', 'imply', 'proclaim', 'assert', 'concede', 'predict', 'complain',
  'muse', 'elaborate', 'exclaim', 'yell', 'charge', 'interject', 'emphasize', 'emphasise', 'stress', 'counter',
  'observe', 'testify', 'quip', 'retort', 'reiterate', 'repeat', 'confirm', 'deny', 'demand', 'contend',
  'maintain', 'caution', 'allege', 'brag', 'scream', 'whisper', 'cry', 'plead', 'beam', 'laugh', 'sigh',
  'comment', 'mention', 'wonder', 'agree', 'describe', 'call', 'dismiss', 'blast', 'accuse', 'vent',
  'opine', 'reason', 'recount', 'tout', 'grumble', 'snap', 'thunder', 'mutter', 'fume', 'gush', 'relate',
  'specify', 'clarify', 'advise', 'instruct', 'quote', 'read',
  'scoff', 'concur', 'interrupt', 'query', 'inquire', 'admonish', 'lecture', 'preach', 'rant', 'rail', 'denounce', 'declare', 'praise', 'mock',
  'criticize', 'criticise', 'blame', 'label', 'brand', 'term', 'dub', 'deride', 'slam', 'hail', 'characterize',
  'characterise', 'refer', 'assail', 'cite', 'acknowledge', 'affirm', 'add', 'confess', 'remember', 'riff',
  'protest', 'reflect', 'rave', 'whine', 'reassure', 'marvel', 'gripe', 'sneer', 'taunt', 'chide', 'scold',
  'rebut', 'rebuke', 'reveal', 'disclose', 'hint', 'volunteer', 'swear', 'exult', 'enthuse',
  'estimate', 'question', 'boom', 'offer', 'chime', 'press', 'exhort', 'chat',
] as const;

/** Irregular past forms (the only ones a rule cannot derive). */
const IRREGULAR: Record<string, string[]> = {
  say: ['said'], tell: ['told'], write: ['wrote', 'written'], begin: ['began', 'begun'], go: ['went', 'gone'],
  read: ['read'], shoot: ['shot'], cry: ['cried'], reply: ['replied'], imply: ['implied'], testify: ['testified'],
  specify: ['specified'], clarify: ['clarified'], deny: ['denied'], query: ['queried'], snap: ['snapped'],
  quip: ['quipped'], brag: ['bragged'], refer: ['referred'], concur: ['concurred'], dub: ['dubbed'],
  slam: ['slammed'], label: ['labeled', 'labelled'], swear: ['swore', 'sworn'], riff: ['riffed'],
  admit: ['admitted'], rebut: ['rebutted'], chat: ['chatted'], plead: ['pleaded', 'pled'],
};

interface Forms {
  base: string;
  s: string;
  ing: string;
  past: string[];
}

function forms(lemma: string): Forms {
  const irregular = IRREGULAR[lemma];
  const doubled = irregular?.some((f) => f.endsWith(lemma.slice(-1) + 'ed')) ?? false;
  const ing = doubled
    ? lemma + lemma.slice(-1) + 'ing'
    : lemma.endsWith('ie') ? lemma.slice(0, -2) + 'ying'
    : lemma.endsWith('e') && !lemma.endsWith('ee') ? lemma.slice(0, -1) + 'ing'
    : lemma + 'ing';
  const s = /(s|sh|ch|x|z)$/.test(lemma) ? lemma + 'es' : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ies' : lemma + 's';
  const past = irregular ?? [lemma.endsWith('e') ? lemma + 'd' : /[^aeiou]y$/.test(lemma) ? lemma.slice(0, -1) + 'ied' : lemma + 'ed'];
  return { base: lemma, s, ing, past };
}

function inflect(lemma: string): string[] {
  const f = forms(lemma);
  return [f.base, f.s, f.ing, ...f.past];
}

/**
 * Lemmas that are also common nouns ("a phone call", "the claims", "the state",
 * "his remarks"): their bare and -s forms are not taken as verbs.
 */
const NOUN_LIKE = new Set([
  'post', 'report', 'quote', 'comment', 'tweet', 'call', 'claim', 'charge', 'answer', 'reply', 'demand',
  'promise', 'pledge', 'vow', 'email', 'note', 'remark', 'counter', 'label', 'brand', 'term', 'joke', 'laugh',
  'sigh', 'cry', 'boast', 'lament', 'rant', 'praise', 'blame', 'slam', 'blast', 'vent', 'tout', 'snap',
  'thunder', 'fume', 'gush', 'reason', 'state', 'mention', 'plead', 'mock', 'scream', 'whisper', 'shout', 'yell',
  'beam', 'rail', 'hail', 'dub', 'caution', 'stress', 'muse', 'query', 'message', 'cite', 'read', 'advise',
]);

/**
 * Verbs that report speech only in a reporting clause right after a quote
 * ('"...," he continued'); elsewhere they mean something else ('the campaign
 * would continue "to break barriers"').
 */
const AFTER_ONLY = new Set(['continue', 'remember', 'reflect', 'protest', 'volunteer', 'reveal', 'swear', 'question', 'boom', 'offer', 'chime', 'press', 'exhort', 'chat']);

/** Every form of every speech verb, lower-cased: "said", "says", "saying", "told", ... */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  LEMMAS.flatMap((l) => {
    if (AFTER_ONLY.has(l)) return [];
    const f = forms(l);
    return NOUN_LIKE.has(l) ? [f.ing, ...f.past] : inflect(l);
  }),
);

/**
 * The forms that count right after a quote only: noun-like bare and -s forms
 * ('"...," Viguerie notes') and the after-only verbs.
 */
export const AFTER_QUOTE_VERBS: ReadonlySet<string> = new Set(
  LEMMAS.flatMap((l) => (AFTER_ONLY.has(l) ? inflect(l) : NOUN_LIKE.has(l) ? [forms(l).base, forms(l).s] : [])),
);

/**
 * Verbs that name what someone said without reporting the words as speech:
 * a quote after them is a fragment woven into the sentence ("called the
 * claims 'groundless'", "dismissed them as 'fake news'"), never a scare quote.
 */
export const CHARACTERIZING_VERBS: ReadonlySet<string> = new Set(
  ['call', 'dismiss', 'describe', 'label', 'brand', 'term', 'dub', 'deride', 'denounce', 'characterize', 'characterise', 'refer', 'mock', 'praise', 'blast', 'slam', 'hail', 'accuse', 'criticize', 'criticise', 'blame', 'assail'].flatMap(inflect),
);

/**
 * Verbs that may precede their subject in a reporting clause after a quote
 * ('"...," said Jim Doyle'). "told" and "called" need an object, so they never
 * invert: '"...," told reporters' does not occur.
 */
export const INVERTING_VERBS: ReadonlySet<string> = new Set(
  ['say', 'add', 'write', 'ask', 'continue', 'explain', 'note', 'recall', 'reply', 'respond', 'tweet', 'warn',
    'beam', 'quip', 'declare', 'insist', 'answer', 'shout', 'yell', 'exclaim', 'joke', 'counter', 'observe',
    'retort', 'argue', 'conclude', 'remark', 'laugh', 'sigh', 'scoff', 'muse', 'plead', 'whisper', 'scream',
    'cry', 'agree', 'concede', 'admit', 'acknowledge', 'wonder', 'comment', 'elaborate', 'interject', 'state',
    'report', 'predict', 'boast', 'complain', 'lament', 'gush', 'mutter', 'snap', 'thunder', 'fume', 'opine',
  ].flatMap(inflect).filter((f) => !f.endsWith('ing')),
);

/** Multi-word cues whose subject follows them ("according to the ministry"). */
export const ACCORDING_TO = /\b(according to|as (?:reported|quoted|cited) by|in the words of)\s/iy;
