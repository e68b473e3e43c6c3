import type { Candidate } from './candidates.js';
import type { Mention } from './classify.js';

// Sports reports list people with little around them: scorecards ("M. Bevan c Vaas b
// Chandana 56", "Dharmasena 9-0-49-1"), team sheets ("Given, Breen, Staunton, Irwin").
// The layout is the evidence. Each test reads the tokens next to a candidate.

/** Cricket's fielding and bowling marks before a name: caught, bowled, stumped. */
const SCORECARD_MARKS = new Set(['c', 'b', 'st']);
/** Bowling figures after a name: overs-maidens-runs-wickets ("10-0-43-2", "6.5-1-23-4"). */
const BOWLING = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/;

function scorecardName(c: Candidate): boolean {
  const p = c.tokens[c.i - 1];
  if (p && p.word && SCORECARD_MARKS.has(p.text)) return true;
  const n = c.tokens[c.j];
  if (!n) return false;
  const d = n.text.charCodeAt(0);
  return d >= 48 && d <= 57 && BOWLING.test(n.text);
}

const SEPARATORS = new Set([',', ';', 'and']);

/**
 * Marks scorecard names, then fills lists: in a run of names separated only by commas
 * (or "and"), where at least two are people and none is a place or an organisation,
 * the unknown ones are people too.
 */
export function peopleFromLayout(cands: Candidate[], mentions: (Mention | null)[]): void {
  for (let k = 0; k < cands.length; k++) {
    const m = mentions[k];
    if ((!m || !m.strong) && scorecardName(cands[k])) mentions[k] = person(cands[k], 'scorecard');
  }
  let s = 0;
  while (s < cands.length) {
    let e = s + 1;
    while (e < cands.length && separated(cands[e - 1], cands[e])) e++;
    if (e - s >= 3) fillList(cands, mentions, s, e);
    s = e;
  }
}

function separated(a: Candidate, b: Candidate): boolean {
  if (a.tokens !== b.tokens || b.i !== a.j + 1) return false;
  const t = a.tokens[a.j];
  return SEPARATORS.has(t.text);
}

function fillList(cands: Candidate[], mentions: (Mention | null)[], s: number, e: number): void {
  let people = 0;
  for (let k = s; k < e; k++) {
    const m = mentions[k];
    if (m?.label === 'PER') people++;
    else if (m && m.strong) return;
  }
  if (people < 2 || people * 2 < e - s) return;
  for (let k = s; k < e; k++) if (!mentions[k] || mentions[k]!.label !== 'PER') mentions[k] = person(cands[k], 'list');
}

function person(c: Candidate, rule: string): Mention {
  return { start: c.start, end: c.end, text: c.text, label: 'PER', strong: false, title: c.title, place: null, cand: c, rule };
}
