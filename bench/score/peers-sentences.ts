// Peers on sentence segmentation, scored by sentences.ts's scorePragmatic and
// scoreConll: the same whitespace-blind exact-case comparison and the same
// boundary P/R/F1 as newsmine's rows.
//   compromise: sentences(), with word offsets (`.json({ offset: true })`).
//     A sentence's offset starts at its first word, after any opening quote
//     mark or bracket (kept in the word's `pre`), so each sentence is taken to
//     run from its first word's `pre` to where the next sentence's begins: the
//     text compromise put in it, marks included.
//   wink-nlp: sentences(), each sentence's range from its first and last
//     token (peers-wink.ts).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { segment } from '../../src/segment/index.js';
import { asTool, Stopwatch } from './peers-common.js';
import { loadCompromise, matches, nlp } from './peers-compromise.js';
import { loadWink, winkSentences } from './peers-wink.js';
import { scoreConll, scorePragmatic, type Split } from './sentences.js';
import type { ScoreRow, Scorer } from './types.js';

const PRAGMATIC = 'sentences-dev (pragmatic_segmenter)';
const CONLL = 'ner-dev (CoNLL news)';

/** compromise's sentence ranges, UTF-16 offsets as sentences.ts wants them. */
export const compromiseSplit: Split = (text) => {
  const starts = matches(nlp(text).sentences()).map((m) => Math.max(0, m.terms[0].offset.start - m.terms[0].pre.length));
  return starts.map((start, i) => ({ start, end: i + 1 < starts.length ? starts[i + 1] : text.length }));
};

const TOOLS: [string, Split][] = [
  ['compromise', compromiseSplit],
  ['wink-nlp', winkSentences],
  ['newsmine', (text) => segment(text).sentences],
];

export const scorer: Scorer = {
  name: 'peers-sentences',
  needs: ['sentences-dev.jsonl'],
  async run(devDir) {
    await Promise.all([loadCompromise(), loadWink()]);
    const out: ScoreRow[] = [];
    const conll = existsSync(path.join(devDir, 'ner-dev.jsonl'));
    for (const [tool, split] of TOOLS) {
      split('Warm up. Mr. Smith left.');
      const pragmatic = new Stopwatch(tool);
      const rows = scorePragmatic(devDir, (t) => pragmatic.time(t, () => split(t)));
      // newsmine's accuracy rows are the sentences scorer's; here it is only timed.
      if (tool !== 'newsmine') out.push(...asTool(tool, rows));
      out.push(pragmatic.row(PRAGMATIC));
      if (!conll) continue;
      const news = new Stopwatch(tool);
      const newsRows = scoreConll(devDir, (t) => news.time(t, () => split(t)));
      if (tool !== 'newsmine') out.push(...asTool(tool, newsRows.filter((r) => r.metric === 'boundary F1')));
      out.push(news.row(`${CONLL}, both layouts`));
    }
    return out.sort((a, b) => setOrder(a.set) - setOrder(b.set));
  },
};

/** Rows grouped by set, pragmatic first, each set's rows in the order they were made. */
function setOrder(set: string): number {
  return set === PRAGMATIC ? 0 : set.startsWith(CONLL) ? 1 : 2;
}
