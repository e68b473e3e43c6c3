// Peers on TimeBank + AQUAINT (timex-dev.jsonl), scored by timex.ts's
// scoreTimex: TempEval-3 strict/relaxed span F1 and value F1, each document's
// dct given as the reference date, exactly as newsmine is given it.
//   chrono-node: chrono.parse(text, dct); values by chronoToTimeML.
//   Recognizers-Text: recognizeDateTime per line (a date never crosses one;
//     on whole documents it finds the same expressions at half the speed);
//     values by recognizersToTimeML. It is slow (~0.02 MB/s: 20-25 s of CPU
//     for the whole set), so it scores every 2nd document, and newsmine is
//     scored on the same documents beside it; PEERS_RT_EVERY=k changes the
//     step (1: every document).
//   compromise-dates: dates() and durations() (those not inside a date). It
//     throws on a few documents; those count as finding nothing, and a row
//     says how many.
//   wink-nlp: DATE, TIME and DURATION entities. It normalises nothing, so only
//     its span rows are shown.
// See peers-timeml.ts for every value mapping.
import type * as RecognizersLib from '@microsoft/recognizers-text-date-time';
import type * as ChronoLib from 'chrono-node';
import { mine } from '../../src/index.js';
import { asTool, codePointMap, everyKth, sampleNote, Stopwatch } from './peers-common.js';
import { loadCompromise, matches, nlp, wordSpan } from './peers-compromise.js';
import { compromiseDateToTimeML, compromiseDurationToTimeML } from './peers-timeml-compromise.js';
import { chronoToTimeML, recognizersToTimeML } from './peers-timeml.js';
import { loadWink, winkEntities } from './peers-wink.js';
import { readTimexDocs, scoreTimex, TIMEX_SET, type SysTimex, type TimexDoc } from './timex.js';
import type { ScoreRow, Scorer } from './types.js';

const set = TIMEX_SET;

let chrono: typeof ChronoLib;
let Recognizers: typeof RecognizersLib;

/** Loads every date tagger scored here (in run(): see peers-compromise.ts). */
export async function loadDateTaggers(): Promise<void> {
  [chrono, Recognizers] = await Promise.all([import('chrono-node'), import('@microsoft/recognizers-text-date-time')]);
  await loadWink();
  // The plugin changes compromise for every later caller: only peers-timex runs after it (scorers run in file order).
  (await loadCompromise()).plugin((await import('compromise-dates')).default);
}

/** The dct as a local Date (chrono and Recognizers read local components). */
export function refDate(dct: string): Date {
  return new Date(dct.length === 10 ? `${dct}T00:00:00` : dct);
}

const TRAILING = /[\s,;:]+$/;

export function chronoTimexes(d: TimexDoc): SysTimex[] {
  const ref = refDate(d.dct);
  const cp = codePointMap(d.text);
  return chrono.parse(d.text, ref).map((r) => {
    // chrono's text can end in the comma after a date ("October,"); no annotator includes it.
    const text = r.text.replace(TRAILING, '');
    return { start: cp(r.index), end: cp(r.index + text.length), text, value: chronoToTimeML(r.start, ref) };
  });
}

export function recognizersTimexes(d: TimexDoc): SysTimex[] {
  const ref = refDate(d.dct);
  const cp = codePointMap(d.text);
  const out: SysTimex[] = [];
  for (const line of d.text.matchAll(/[^\n]+/g)) {
    for (const r of Recognizers.recognizeDateTime(line[0], 'en-us', 0, ref)) {
      // Recognizers' end is inclusive.
      out.push({ start: cp(line.index + r.start), end: cp(line.index + r.end + 1), text: r.text, value: recognizersToTimeML(r, ref) });
    }
  }
  return out;
}

/** Documents compromise-dates threw on (a spacetime TypeError on some "<n> quarter" phrases): scored as finding nothing. */
let compromiseThrew = 0;

export function compromiseTimexes(d: TimexDoc): SysTimex[] {
  try {
    return compromiseDates(d);
  } catch {
    compromiseThrew++;
    return [];
  }
}

function compromiseDates(d: TimexDoc): SysTimex[] {
  const cp = codePointMap(d.text);
  const chars = Array.from(d.text);
  const cut = (span: { start: number; end: number }) => ({ ...span, text: chars.slice(span.start, span.end).join('') });
  const doc = nlp(d.text) as unknown as { dates(o: object): never; durations(): never };
  const dates = matches(doc.dates({ today: d.dct.slice(0, 10), timezone: 'UTC' })).map((m) => ({
    ...cut(wordSpan(m, cp)),
    value: compromiseDateToTimeML((m as unknown as { dates: { start: string | null; unit?: string } }).dates),
  }));
  const durations = matches(doc.durations()).map((m) => ({
    ...cut(wordSpan(m, cp)),
    value: compromiseDurationToTimeML((m as unknown as { duration: Record<string, number> }).duration),
  }));
  // "the past three months" is a date it cannot resolve (start null) holding a
  // duration it can: the duration stands for it. Other durations inside dates are parts of them.
  const over = (a: SysTimex, b: SysTimex) => a.start < b.end && b.start < a.end;
  const kept = dates.filter((x) => x.value !== null || !durations.some((y) => over(x, y)));
  return [...kept, ...durations.filter((y) => !kept.some((x) => over(x, y)))].sort((a, b) => a.start - b.start);
}

function winkTimexes(d: TimexDoc): SysTimex[] {
  return winkEntities(d.text, new Set(['DATE', 'TIME', 'DURATION'])).map((e) => ({ ...e, value: null }));
}

/** Runs `predict` on every document under a stopwatch; the tool's rows (span rows only when `spansOnly`). */
function measure(tool: string, docs: readonly TimexDoc[], predict: (d: TimexDoc) => SysTimex[], spansOnly = false): ScoreRow[] {
  const sw = new Stopwatch(tool);
  const rows = scoreTimex(docs, (d) => sw.time(d.text, () => predict(d)));
  return [...asTool(tool, spansOnly ? rows.slice(0, 2) : rows), sw.row(set)];
}

export const scorer: Scorer = {
  name: 'peers-timex',
  needs: ['timex-dev.jsonl'],
  async run(devDir) {
    await loadDateTaggers();
    const docs = readTimexDocs(devDir);
    const k = Math.max(1, Number(process.env.PEERS_RT_EVERY ?? 2));
    const sample = everyKth(docs, k);
    const warm: TimexDoc = { id: 'warm', text: 'He left on Friday, 5 March 1998, for two weeks.', dct: '1998-03-08', spans: [] };
    for (const f of [chronoTimexes, recognizersTimexes, compromiseTimexes, winkTimexes]) f(warm);
    compromiseThrew = 0;
    const newsmine = new Stopwatch('newsmine');
    const ours = (d: TimexDoc) => mine({ text: d.text, id: d.id, published: d.dct }, { only: ['dates'] }).dates;
    ours(warm);
    const rows = [
      ...measure('chrono-node', docs, chronoTimexes),
      ...measure(`Recognizers-Text${sampleNote(k, sample.length)}`, sample, recognizersTimexes),
      ...measure('compromise-dates', docs, compromiseTimexes),
      { set, metric: 'compromise-dates: documents it threw on', value: compromiseThrew, n: docs.length },
      ...measure('wink-nlp', docs, winkTimexes, true),
    ];
    for (const d of docs) newsmine.time(d.text, () => ours(d));
    rows.push(newsmine.row(set));
    if (k > 1) rows.push(...asTool(`newsmine${sampleNote(k, sample.length)}`, scoreTimex(sample, ours)));
    return rows;
  },
};
