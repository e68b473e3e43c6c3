import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mine } from '../../src/index.js';
import { emptyCounts, pairByOverlap, te3 } from './timex-match.js';
import type { Scorer } from './types.js';

// TimeBank + AQUAINT (TempEval-3 training data) scored the TempEval-3 way:
// see timex-match.ts for the definitions. Each document's `dct` is given as
// its publication date, which is what newsmine resolves relative dates
// against. Set TIMEX_ERRORS=FILE to write every miss, extra and wrong value.

interface GoldSpan {
  start: number;
  end: number;
  type: string;
  value: string;
  text: string;
}

interface Doc {
  id: string;
  text: string;
  dct: string;
  spans: GoldSpan[];
}

export const scorer: Scorer = {
  name: 'timex',
  needs: ['timex-dev.jsonl'],
  run(devDir) {
    const docs = readFileSync(path.join(devDir, 'timex-dev.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Doc);
    const c = emptyCounts();
    const log: string[] = [];
    for (const d of docs) {
      const out = mine({ text: d.text, id: d.id, published: d.dct }, { only: ['dates'] });
      const chars = Array.from(d.text);
      const cut = (s: number, e: number) => chars.slice(Math.max(0, s), e).join('').replace(/\s+/g, ' ');
      const sys = out.dates;
      const pairs = pairByOverlap(d.spans, sys);
      c.gold += d.spans.length;
      c.sys += sys.length;
      c.relaxed += pairs.length;
      const paired = new Set(pairs.map((p) => p.sys));
      const pairedGold = new Set(pairs.map((p) => p.gold));
      for (const { gold, sys: s } of pairs) {
        const strict = gold.start === s.start && gold.end === s.end;
        if (strict) c.strict++;
        if (gold.value === s.value) c.value++;
        if (!strict) log.push(`SPAN\t${d.dct}\t[${gold.text}] ${gold.type} ${gold.value}\tgot [${s.text}] ${s.value}\t${cut(gold.start - 40, gold.end + 25)}`);
        else if (gold.value !== s.value) log.push(`VALUE\t${d.dct}\t[${gold.text}] ${gold.type} ${gold.value}\tgot ${s.value}\t${cut(gold.start - 40, gold.end + 25)}`);
      }
      for (const g of d.spans) if (!pairedGold.has(g)) log.push(`MISS\t${d.dct}\t[${g.text}] ${g.type} ${g.value}\t\t${cut(g.start - 40, g.end + 25)}`);
      for (const s of sys) if (!paired.has(s)) log.push(`EXTRA\t${d.dct}\t[${s.text}] ${s.kind} ${s.value}\t\t${cut(s.start - 40, s.end + 25)}`);
    }
    if (process.env.TIMEX_ERRORS) writeFileSync(process.env.TIMEX_ERRORS, log.join('\n') + '\n');
    const r = te3(c);
    const set = 'timex-dev (TimeBank+AQUAINT)';
    return [
      { set, metric: 'TIMEX strict span F1', value: r.strictF1, n: c.gold, target: 0.82 },
      { set, metric: 'TIMEX relaxed span F1', value: r.relaxedF1, n: c.gold, target: 0.9 },
      { set, metric: 'TIMEX value F1 (TE3)', value: r.valueF1, n: c.gold, target: 0.78 },
      { set, metric: 'TIMEX value accuracy (matched)', value: r.valueAccuracy, n: c.relaxed },
    ];
  },
};
