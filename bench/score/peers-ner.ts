// Peers on CoNLL-2003 dev (eng.testa), scored by ner.ts's scoreNer: the same
// exact and overlap matching as newsmine's rows.
//   compromise: people() → PER, places() → LOC, each match's words as the span
//     (peers-compromise.ts), nothing else added or removed.
//   wink-nlp: not scored. Its English model (wink-eng-lite-web-model) has no
//     person or location entity type — only CARDINAL, DATE, DURATION, EMAIL,
//     EMOJI, EMOTICON, HASHTAG, MENTION, MONEY, ORDINAL, PERCENT, TIME, URL.
// newsmine's speed is measured on the same texts, with the same clock.
import { mine } from '../../src/index.js';
import { NER_SET, readNerDocs, scoreNer } from './ner.js';
import { asTool, codePointMap, Stopwatch } from './peers-common.js';
import { loadCompromise, matches, nlp, wordSpan } from './peers-compromise.js';
import type { Scorer } from './types.js';

export const scorer: Scorer = {
  name: 'peers-ner',
  needs: ['ner-dev.jsonl'],
  async run(devDir) {
    await loadCompromise();
    const docs = readNerDocs(devDir);
    const warm = 'Warm up: John Smith flew to Paris.';
    nlp(warm).people().json({ offset: true });
    mine(warm, { only: ['people', 'places'] });

    const compromise = new Stopwatch('compromise');
    const rows = scoreNer(docs, (d) =>
      compromise.time(d.text, () => {
        const doc = nlp(d.text);
        const cp = codePointMap(d.text);
        return { PER: matches(doc.people()).map((m) => wordSpan(m, cp)), LOC: matches(doc.places()).map((m) => wordSpan(m, cp)) };
      }),
    );
    const newsmine = new Stopwatch('newsmine');
    for (const d of docs) newsmine.time(d.text, () => mine(d.text, { only: ['people', 'places'] }));
    return [...asTool('compromise', rows), compromise.row(NER_SET), newsmine.row(NER_SET)];
  },
};
