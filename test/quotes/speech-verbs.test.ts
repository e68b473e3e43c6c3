import { describe, expect, it } from 'vitest';
import { AFTER_QUOTE_VERBS, INVERTING_VERBS, SPEECH_VERBS } from '../../src/lexicon/speech-verbs.js';

describe('speech verb forms', () => {
  const verbs = ['said', 'says', 'saying', 'told', 'labeling', 'labelling', 'labeled', 'snapped', 'snapping', 'riffing', 'quipped', 'denied', 'pondered', 'thanked', 'decried', 'called', 'calling'];
  for (const v of verbs) it(`${v} is a reporting verb`, () => expect(SPEECH_VERBS.has(v)).toBe(true));
  const notVerbs = ['state', 'states', 'post', 'report', 'claims', 'call', 'rifffing', 'labelleding', 'saied'];
  for (const v of notVerbs) it(`${v} alone is not (a noun-like form, or no form at all)`, () => expect(SPEECH_VERBS.has(v)).toBe(false));
  it('noun-like bare and -s forms count right after a quote', () => {
    for (const v of ['notes', 'claims', 'states', 'continued']) expect(AFTER_QUOTE_VERBS.has(v) || SPEECH_VERBS.has(v)).toBe(true);
  });
  it('told and called never invert ("...," told reporters)', () => {
    expect(INVERTING_VERBS.has('told')).toBe(false);
    expect(INVERTING_VERBS.has('called')).toBe(false);
    expect(INVERTING_VERBS.has('said')).toBe(true);
  });
});
