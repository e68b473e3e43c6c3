// Verbs and phrases that, right after a capitalised word, say it names someone who
// speaks or acts as a person ("Yeltsin said", "Lebed told reporters"). A place or an
// organisation may also "say" (CoNLL: "Russia said" is a location), so this cue only
// decides between a person and nothing for names the gazetteer does not know.
export const SPEECH_VERBS = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'asked', 'asks', 'replied', 'replies', 'stated',
  'declared', 'announced', 'announces', 'insisted', 'argued', 'explained', 'noted', 'warned', 'urged',
  'wrote', 'writes', 'admitted', 'acknowledged', 'conceded', 'denied', 'claimed', 'confirmed', 'complained',
  'recalled', 'predicted', 'suggested', 'stressed', 'emphasised', 'emphasized', 'believes', 'thinks',
  'thought', 'felt', 'feels', 'hopes', 'hoped', 'wants', 'wanted', 'met', 'meets', 'visited', 'flew',
  'arrived', 'died', 'dies', 'resigned', 'resigns', 'won', 'wins', 'lost', 'scored', 'struck', 'finished',
  'smiled', 'shrugged', 'laughed', 'married', 'was', 'is', 'has', 'had', 'who', 'whose',
]);

/** Words after a comma that open an apposition describing a person ("X, a spokesman", "X, 34,"). */
export const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'who', 'whose', 'aged', 'himself', 'herself']);

/** Nouns that, right after a bare name, make it a person's: "the Trump administration", "the Clinton campaign". */
export const PERSON_NOUNS_AFTER = new Set(['administration', 'presidency', 'campaign', 'era', 'family', 'aides', 'cabinet', 'biography']);
