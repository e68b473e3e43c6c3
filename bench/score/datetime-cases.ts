import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mine } from '../../src/index.js';
import { emptyCounts, f1, pairByOverlap } from './timex-match.js';
import type { Scorer } from './types.js';

// Microsoft Recognizers-Text DateTimeModel cases: short, mostly
// conversational requests ("I'll go back Tue 13th"), each with a reference
// time `ref` and, per expected span, the TIMEX values Recognizers-Text
// accepts. Not news and not TimeML extents (a range is one span there, two
// dates here), so this is a secondary check. Reported: exact span F1,
// overlap span F1, and value accuracy over overlap-matched spans, where a
// value counts when it is one of the case's `values` or resolution timexes.
// Set DATETIME_ERRORS=FILE for the per-case differences.

interface Span {
  start: number;
  end: number;
  text: string;
  values?: string[];
  resolution?: { values?: { timex?: string }[] };
}

interface Case {
  id: string;
  input: string;
  ref: string;
  spans: Span[];
}

export const scorer: Scorer = {
  name: 'datetime-cases',
  needs: ['datetime-cases-dev.jsonl'],
  run(devDir) {
    const cases = readFileSync(path.join(devDir, 'datetime-cases-dev.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Case);
    const c = emptyCounts();
    const log: string[] = [];
    for (const k of cases) {
      const out = mine({ text: k.input, id: k.id }, { only: ['dates'], refDate: k.ref ? k.ref.slice(0, 10) : null });
      const gold = k.spans.map((s) => ({
        start: s.start,
        end: s.end,
        value: null,
        text: s.text,
        ok: new Set([...(s.values ?? []), ...(s.resolution?.values ?? []).map((v) => v.timex ?? '')]),
      }));
      const pairs = pairByOverlap(gold, out.dates);
      c.gold += gold.length;
      c.sys += out.dates.length;
      c.relaxed += pairs.length;
      for (const p of pairs) {
        if (p.gold.start === p.sys.start && p.gold.end === p.sys.end) c.strict++;
        if (p.sys.value !== null && p.gold.ok.has(p.sys.value)) c.value++;
      }
      const want = gold.map((g) => `[${g.text}] ${[...g.ok].join('|')}`).join('  ');
      const got = out.dates.map((d) => `[${d.text}] ${d.value}`).join('  ');
      if (want !== got) log.push(`${k.id}\t${k.ref}\t${k.input}\n\twant ${want}\n\tgot  ${got}`);
    }
    if (process.env.DATETIME_ERRORS) writeFileSync(process.env.DATETIME_ERRORS, log.join('\n') + '\n');
    const set = 'datetime-cases-dev (Recognizers-Text)';
    return [
      { set, metric: 'date span F1 (exact)', value: f1(c.strict, c.sys, c.gold), n: c.gold },
      { set, metric: 'date span F1 (overlap)', value: f1(c.relaxed, c.sys, c.gold), n: c.gold },
      { set, metric: 'date value accuracy (overlap-matched)', value: c.relaxed ? c.value / c.relaxed : 0, n: c.relaxed },
    ];
  },
};
