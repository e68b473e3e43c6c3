// compromise on PolNeAR quotes (quotes-dev.jsonl, the same split as quotes.ts:
// NEWSMINE_QUOTES_SPLIT, "dev" by default), scored by quotes.ts's score and
// tallyRows: exact and overlap span F1, speaker accuracy, end-to-end F1.
// What the issue measured: compromise's quotations(), each a direct quote
// (it does not tell direct from embedded quotes), its speaker the people()
// mention nearest to it outside it, by characters, before or after.
// A quotation's span is the text between its marks (peers-compromise.ts).
import path from 'node:path';
import { mine } from '../../src/index.js';
import { asTool, codePointMap, Stopwatch } from './peers-common.js';
import { loadCompromise, matches, nlp, quotationSpan, wordSpan, type Span } from './peers-compromise.js';
import { loadRecords, QUOTES_SET, score, tallyRows, type Pred } from './quotes.js';
import type { ScoreRow, Scorer } from './types.js';

/** The mention nearest the quote and not inside it; the earlier one on a tie. */
export function nearestMention(q: Span, mentions: readonly Span[]): Span | null {
  let best: Span | null = null;
  let distance = Infinity;
  for (const m of mentions) {
    if (m.start < q.end && q.start < m.end) continue;
    const d = m.end <= q.start ? q.start - m.end : m.start - q.end;
    if (d < distance) [best, distance] = [m, d];
  }
  return best;
}

export function compromiseQuotes(text: string): Pred[] {
  const doc = nlp(text);
  const cp = codePointMap(text);
  const chars = Array.from(text);
  const people = matches(doc.people()).map((m) => wordSpan(m, cp));
  return matches(doc.quotations()).map((m) => {
    const q = quotationSpan(m, cp);
    const who = nearestMention(q, people);
    return { ...q, kind: 'direct', speaker: who && { name: chars.slice(who.start, who.end).join(''), ...who } };
  });
}

export const scorer: Scorer = {
  name: 'peers-quotes',
  needs: ['quotes-dev.jsonl'],
  async run(devDir) {
    await loadCompromise();
    const split = process.env.NEWSMINE_QUOTES_SPLIT ?? 'dev';
    const recs = loadRecords(path.join(devDir, 'quotes-dev.jsonl'), split);
    const set = `${QUOTES_SET} ${split}`;
    compromiseQuotes('"Warm up," said John Smith.');
    const compromise = new Stopwatch('compromise');
    const r = score(recs, (rec) => compromise.time(rec.text, () => compromiseQuotes(rec.text)));
    const rows: ScoreRow[] = [
      ...tallyRows(set, 'direct', r.direct),
      ...tallyRows(set, 'all', r.all),
      { set, metric: 'predictions on nonQuotes (count)', value: r.onNonQuotes, n: r.nonQuotes },
    ];
    const newsmine = new Stopwatch('newsmine');
    mine('"Warm up," said John Smith.', { only: ['quotes'] });
    for (const rec of recs) newsmine.time(rec.text, () => mine(rec.text, { only: ['quotes'] }));
    return [...asTool('compromise', rows), compromise.row(set), newsmine.row(set)];
  },
};
