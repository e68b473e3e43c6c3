// HTML pages (Mozilla Readability's test pages, ../shared/dev/html-pages/):
// newsmine's HTML loader against plain Readability over linkedom, side by side.
//
// Text: bag-of-words precision/recall/F1 of the loader's `text` against the
// text of `expected.html` (Readability's own output: a reference, not a human
// gold), macro-averaged over pages. Tokens: NFKC, lower-cased, maximal runs of
// letters, marks and digits; each Han/kana/Hangul character is a token of its
// own (those scripts do not space words). A token counts as matched at most as
// often as it occurs in the reference (multiset intersection).
//
// Metadata, against expected-metadata.json, on the pages where it states a value:
// - title: equal after normalising (NFKC, case, quotes, dashes, spaces), or equal
//   to the reference without its last " | Site" or " [Site]" segment (a human gold has no
//   site name, Readability's guess sometimes keeps it);
// - authors: the same set of name words (lower-cased letters; "by", "and",
//   "written", month names, degrees ("MA") and anything after a digit or a
//   line break dropped);
//   a reference byline left with no name word (a date only) is not scored;
// - date: the same calendar day (YYYY-MM-DD as written, zone ignored).
//
// Fixtures (fixtures/html-*/, pages written for the project with hand-checked
// title, authors and published in expected.json: a human gold, unlike the dev
// reference): title equal after the same normalising; authors the same set of
// names (case and spacing ignored, order ignored); date the same calendar day,
// and separately the exact published string (precision and zone as the gold).
// Readability over linkedom is scored on the same pages, its byline split on
// commas and "and".
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { htmlToArticle } from '../../src/load/html/index.js';
import { parseDocument, type DomNode } from '../../src/load/html/dom.js';
import { toText } from '../../src/load/html/text.js';
import { REPO_ROOT } from '../shared.js';
import { prf, type ScoreRow, type Scorer } from './types.js';

interface Gold {
  title: string | null;
  byline: string | null;
  publishedTime: string | null;
}

interface Output {
  text: string;
  title: string | null;
  authors: string | null;
  published: string | null;
}

const SET = 'html-pages (Readability tests)';

export const scorer: Scorer = {
  name: 'html',
  // The dev pages are optional: the fixtures section runs without ../shared/dev/.
  needs: [],
  run(devDir) {
    const dir = path.join(devDir, 'html-pages');
    const rows = fixtureRows();
    if (!existsSync(dir)) {
      console.error(`html: ${dir} is missing; only the fixtures are scored`);
      return rows;
    }
    const cases = readdirSync(dir).sort();
    const ours = new Tally();
    const base = new Tally();
    for (const c of cases) {
      const html = readFileSync(path.join(dir, c, 'source.html'), 'utf8');
      const gold = JSON.parse(readFileSync(path.join(dir, c, 'expected-metadata.json'), 'utf8')) as Gold;
      const goldText = toText(parseDocument(readFileSync(path.join(dir, c, 'expected.html'), 'utf8')));
      const a = htmlToArticle(html);
      ours.add(c, goldText, gold, { text: a.text, title: a.meta.title, authors: a.meta.authors.join(', '), published: a.meta.published });
      base.add(c, goldText, gold, readabilityAlone(html));
    }
    if (process.env.NEWSMINE_SCORE_DEBUG) ours.report();
    return [...ours.rows('newsmine'), ...base.rows('Readability+linkedom (baseline)'), ...rows];
  },
};

const FIXTURE_SET = 'fixtures/html-* (hand-checked metadata)';

interface FixtureGold {
  title: string | null;
  authors: string[];
  published: string | null;
}

/** Title, authors and date accuracy on the hand-checked HTML fixtures, newsmine and Readability side by side. */
function fixtureRows(): ScoreRow[] {
  const root = path.join(REPO_ROOT, 'fixtures');
  const cases = readdirSync(root).filter((d) => d.startsWith('html-') && existsSync(path.join(root, d, 'input.html'))).sort();
  const tally = { newsmine: new FixtureTally(), 'Readability+linkedom (baseline)': new FixtureTally() };
  for (const c of cases) {
    const html = readFileSync(path.join(root, c, 'input.html'), 'utf8');
    const gold = JSON.parse(readFileSync(path.join(root, c, 'expected.json'), 'utf8')) as FixtureGold;
    const a = htmlToArticle(html);
    tally.newsmine.add(c, gold, { title: a.meta.title, authors: a.meta.authors, published: a.meta.published });
    const r = readabilityAlone(html);
    const names = r.authors ? r.authors.replace(/^\s*by\s+/i, '').split(/\s*(?:,|\band\b)\s*/i).filter(Boolean) : [];
    tally['Readability+linkedom (baseline)'].add(c, gold, { title: r.title, authors: names, published: r.published });
  }
  if (process.env.NEWSMINE_SCORE_DEBUG) for (const m of tally.newsmine.misses) console.error(`fixture ${m}`);
  return Object.entries(tally).flatMap(([who, t]) => t.rows(who, who === 'newsmine'));
}

class FixtureTally {
  private ok = { title: 0, authors: 0, date: 0, exact: 0 };
  private n = 0;
  readonly misses: string[] = [];

  add(id: string, gold: FixtureGold, out: FixtureGold): void {
    this.n++;
    const checks = {
      title: gold.title === null ? out.title === null : out.title !== null && normTitle(out.title) === normTitle(gold.title),
      authors: sameNames(out.authors, gold.authors),
      date: day(out.published) === day(gold.published),
      exact: out.published === gold.published,
    };
    for (const k of Object.keys(checks) as Array<keyof typeof checks>) {
      if (checks[k]) this.ok[k]++;
      else if (k !== 'exact') this.misses.push(`${id}: ${k} ${JSON.stringify(k === 'title' ? out.title : k === 'authors' ? out.authors : out.published)} vs ${JSON.stringify(k === 'title' ? gold.title : k === 'authors' ? gold.authors : gold.published)}`);
    }
  }

  rows(who: string, main: boolean): ScoreRow[] {
    const target = main ? { target: 0.9 } : {};
    return [
      { set: FIXTURE_SET, metric: `${who}: title accuracy`, value: this.ok.title / this.n, n: this.n, ...target },
      { set: FIXTURE_SET, metric: `${who}: authors accuracy`, value: this.ok.authors / this.n, n: this.n, ...target },
      { set: FIXTURE_SET, metric: `${who}: date accuracy (same day)`, value: this.ok.date / this.n, n: this.n, ...target },
      { set: FIXTURE_SET, metric: `${who}: published exact (precision and zone)`, value: this.ok.exact / this.n, n: this.n },
    ];
  }
}

function sameNames(got: readonly string[], want: readonly string[]): boolean {
  const norm = (xs: readonly string[]) => new Set(xs.map((x) => x.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim()));
  const a = norm(got);
  const b = norm(want);
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function readabilityAlone(html: string): Output {
  try {
    const r = new Readability<DomNode>(parseDocument(html) as never, { serializer: (el) => el as unknown as DomNode }).parse();
    return { text: r?.content ? toText(r.content) : '', title: r?.title ?? null, authors: r?.byline ?? null, published: r?.publishedTime ?? null };
  } catch {
    return { text: '', title: null, authors: null, published: null };
  }
}

class Tally {
  private p = 0;
  private r = 0;
  private f = 0;
  private pages = 0;
  private meta = { title: [0, 0], authors: [0, 0], date: [0, 0] };
  private misses: string[] = [];

  add(id: string, goldText: string, gold: Gold, out: Output): void {
    const s = bagOfWords(out.text, goldText);
    this.p += s.p;
    this.r += s.r;
    this.f += s.f1;
    this.pages++;
    if (s.f1 < 0.9) this.misses.push(`${id}: text F1 ${s.f1.toFixed(3)} (P ${s.p.toFixed(3)} R ${s.r.toFixed(3)})`);
    this.check(id, 'title', gold.title ? titleOk(out.title, gold.title) : null, out.title, gold.title);
    const goldNames = nameWords(gold.byline);
    this.check(id, 'authors', goldNames.size ? sameSet(nameWords(out.authors), goldNames) : null, out.authors, gold.byline);
    const goldDay = day(gold.publishedTime);
    this.check(id, 'date', goldDay ? day(out.published) === goldDay : null, out.published, gold.publishedTime);
  }

  private check(id: string, kind: 'title' | 'authors' | 'date', ok: boolean | null, got: string | null, want: string | null): void {
    if (ok === null) return;
    this.meta[kind][1]++;
    if (ok) this.meta[kind][0]++;
    else this.misses.push(`${id}: ${kind} ${JSON.stringify(got)} vs ${JSON.stringify(want)}`);
  }

  rows(who: string): ScoreRow[] {
    const n = this.pages;
    const main = who === 'newsmine';
    const rows: ScoreRow[] = [
      { set: SET, metric: `${who}: text bag-of-words F1`, value: this.f / n, n, ...(main ? { target: 0.93 } : {}) },
      { set: SET, metric: `${who}: text precision`, value: this.p / n, n },
      { set: SET, metric: `${who}: text recall`, value: this.r / n, n },
    ];
    for (const kind of ['title', 'authors', 'date'] as const) {
      const [ok, total] = this.meta[kind];
      rows.push({ set: SET, metric: `${who}: ${kind} accuracy`, value: total ? ok / total : 0, n: total, ...(main ? { target: 0.9 } : {}) });
    }
    return rows;
  }

  report(): void {
    for (const m of this.misses) console.error(m);
  }
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.normalize('NFKC').toLowerCase().matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    if (!CJK.test(m[0])) out.push(m[0]);
    else for (const ch of m[0]) out.push(ch);
  }
  return out;
}

export function bagOfWords(got: string, want: string): { p: number; r: number; f1: number } {
  const counts = new Map<string, number>();
  const gold = tokens(want);
  for (const t of gold) counts.set(t, (counts.get(t) ?? 0) + 1);
  const pred = tokens(got);
  let tp = 0;
  for (const t of pred) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      tp++;
      counts.set(t, c - 1);
    }
  }
  return prf(tp, pred.length, gold.length);
}

function normTitle(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/[\s.:;,!]+$/, '')
    .trim();
}

function titleOk(got: string | null, gold: string): boolean {
  if (!got) return false;
  const g = normTitle(got);
  const whole = normTitle(gold);
  const cut = /^(.*\S)\s+(?:(?:[|\-·•»_]|::)\s+[^|]*|\[[^\]]+\])$/.exec(whole);
  return g === whole || (cut !== null && g === cut[1]);
}

const NOT_NAME_WORDS = new Set([
  'by', 'and', 'written', 'edited', 'par', 'the', 'updated', 'last', 'published', 'posted', 'on', 'at', 'am', 'pm',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ma', 'phd', 'md', 'mph',
]);

function nameWords(s: string | null): Set<string> {
  if (!s) return new Set();
  const head = s.trim().split(/\n|\d/)[0];
  return new Set(tokens(head).filter((w) => !NOT_NAME_WORDS.has(w)));
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((x) => b.has(x));
}

function day(s: string | null): string | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim()) : null;
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}
