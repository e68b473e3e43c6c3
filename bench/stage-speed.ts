// `npx tsx bench/stage-speed.ts [--runs N] [--mb M] [--stages numbers,furniture] [--src | --dist DIR] [--profile DIR] [corpus.jsonl(.gz)...]`
//
// MB/s of each pipeline stage on its own, over the whole benchmark corpus
// (../shared/corpus/*.jsonl.gz, via corpus.ts), so a slow stage shows up
// by name. Stages run one at a time over every document: each stage is timed
// with process.cpuUsage around the whole corpus, best of N runs (the first
// run also pays for JIT warm-up; CPU time keeps other processes on a busy
// machine out of the figure). Each stage's inputs (segmentation, furniture,
// the findings of the extractors it needs) come from the stages before it, as
// in src/pipeline.ts, and every run starts from a fresh context so per-context
// caches (the name stage shared by people and places) are paid for again.
// Timed runs drop what they find, as the pipeline does once a document is
// written (keeping a whole corpus of findings alive would time the garbage
// collector instead); one more, untimed run keeps it for the stages after.
//
// By default it times the built JavaScript in dist/ (what users run; `npm run
// build` first); `--src` times the TypeScript sources through tsx instead,
// `--dist DIR` another build (an older commit's dist/, to compare).
// `--stages` times only the named stages (their inputs are still computed,
// once, untimed); `--mb` takes a deterministic sample of that many megabytes.
// `--profile DIR` also writes DIR/<stage>.cpuprofile for each timed stage (its
// last run only, sampled every 100 µs; open in Chrome DevTools or speedscope).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadCorpus, sample } from './corpus.js';
import { REPO_ROOT } from './shared.js';
import type { Context, Extractor } from '../src/extract/context.js';
import type { DocResult, Kind, Span } from '../src/types.js';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const runs = Math.max(1, Number(option('--runs') ?? 3) || 3);
const sampleMb = Number(option('--mb') ?? 0);
const onlyStages = option('--stages')?.split(',');
const fromSrc = args.includes('--src');
const profileDir = option('--profile');
const distDir = option('--dist');
const paths = args.filter((a, i) => !a.startsWith('--') && !['--runs', '--mb', '--stages', '--profile', '--dist'].includes(args[i - 1] ?? ''));

const root = fromSrc ? path.join(REPO_ROOT, 'src') : path.resolve(distDir ?? path.join(REPO_ROOT, 'dist'));
const ext = fromSrc ? '.ts' : '.js';
if (!fromSrc && !existsSync(path.join(root, 'pipeline.js'))) {
  console.error('stage-speed: no dist/ build; run `npm run build` first (or pass --src).');
  process.exit(2);
}
const load = <T>(m: string): Promise<T> => import(pathToFileURL(path.join(root, m + ext)).href) as Promise<T>;

const { segment } = await load<typeof import('../src/segment/index.js')>('segment/index');
const { findFurniture } = await load<typeof import('../src/furniture/index.js')>('furniture/index');
const { referenceDate } = await load<typeof import('../src/extract/dates/reference.js')>('extract/dates/reference');
const { EXTRACTORS } = await load<typeof import('../src/extract/index.js')>('extract/index');
const { outside, sortUnique } = await load<typeof import('../src/extract/refiners.js')>('extract/refiners');
const { toContract } = await load<typeof import('../src/write/contract.js')>('write/contract');

/** One document's state as the stages fill it in. */
interface State {
  text: string;
  ctx: Context;
}

interface Stage {
  name: string;
  /** Runs the stage on one document and returns the context the next stage reads. */
  run(s: State): Context;
}

const emptyCtx = (text: string): Context => ({
  doc: { id: '', path: null, format: 'text', text, meta: { title: null, published: null, authors: [], url: null } },
  text,
  paragraphs: [],
  sentences: [],
  boilerplate: [],
  referenceDate: null,
  found: {},
});

/** Extractors that share a per-context cache are one stage: people and places read the same name mentions. */
function extractorStage(name: string, extractors: readonly Extractor[]): Stage {
  return {
    name,
    run(s) {
      const ctx: Context = { ...s.ctx, found: { ...s.ctx.found } };
      for (const e of extractors) {
        // As in pipeline.ts: sorted, de-duplicated, nothing inside furniture.
        (ctx.found as Record<Kind, unknown>)[e.kind] = outside(sortUnique(e.extract(ctx) as Span[]), ctx.boilerplate);
      }
      return ctx;
    },
  };
}

function extractorStages(): Stage[] {
  const byKind = new Map(EXTRACTORS.map((e) => [e.kind, e]));
  const groups: Kind[][] = [];
  for (const e of EXTRACTORS) {
    if (e.kind === 'places' && groups.at(-1)?.[0] === 'people') groups.at(-1)!.push('places');
    else groups.push([e.kind]);
  }
  return groups.map((g) => extractorStage(g.join('+'), g.map((k) => byKind.get(k)!)));
}

const STAGES: Stage[] = [
  {
    name: 'segment',
    run(s) {
      const { paragraphs, sentences } = segment(s.text);
      return { ...emptyCtx(s.text), paragraphs, sentences };
    },
  },
  {
    name: 'furniture',
    run(s) {
      const f = findFurniture(s.text, s.ctx.paragraphs);
      return { ...s.ctx, boilerplate: f.boilerplate, referenceDate: referenceDate(f.published, undefined, s.text) };
    },
  },
  ...extractorStages(),
  {
    name: 'contract',
    run(s) {
      const c = s.ctx;
      const r: DocResult = {
        id: c.doc.id, path: null, format: 'text', title: null, published: null, authors: [], url: null,
        referenceDate: c.referenceDate, paragraphs: c.paragraphs, sentences: c.sentences, boilerplate: c.boilerplate,
        numbers: c.found.numbers ?? [], dates: c.found.dates ?? [], people: c.found.people ?? [],
        places: c.found.places ?? [], quotes: c.found.quotes ?? [],
      };
      toContract(r, s.text);
      return c;
    },
  },
];

/** Runs `fn` under the V8 sampling profiler and writes the profile to `file`. */
async function profiled(file: string, fn: () => void): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  fn();
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(file, JSON.stringify(profile));
  session.disconnect();
}

async function main(): Promise<void> {
  const corpus = loadCorpus(paths);
  const docs = sampleMb > 0 ? sample(corpus.docs, sampleMb) : corpus.docs;
  const states: State[] = docs.map((d) => ({ text: d.text, ctx: emptyCtx(d.text) }));
  const mb = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0) / 1e6;
  console.log(`${docs.length} documents, ${mb.toFixed(1)} MB from ${corpus.source}; ${fromSrc ? 'src/ via tsx' : path.relative(process.cwd(), root) || root}; CPU time, best of ${runs}`);
  console.log('');
  console.log('| stage | CPU s | MB/s | share |');
  console.log('| --- | ---: | ---: | ---: |');
  const rows: { name: string; s: number }[] = [];
  for (const stage of STAGES) {
    const timed = !onlyStages || onlyStages.includes(stage.name);
    let best = Infinity;
    for (let r = 0; timed && r < runs; r++) {
      const t0 = process.cpuUsage();
      for (const s of states) stage.run(s);
      const u = process.cpuUsage(t0);
      best = Math.min(best, (u.user + u.system) / 1e6);
    }
    for (const s of states) s.ctx = stage.run(s);
    if (timed) rows.push({ name: stage.name, s: best });
    if (timed && profileDir) {
      mkdirSync(profileDir, { recursive: true });
      await profiled(path.join(profileDir, `${stage.name}.cpuprofile`), () => states.forEach((s) => void stage.run(s)));
    }
  }
  const total = rows.reduce((n, r) => n + r.s, 0);
  for (const r of rows) console.log(`| ${r.name} | ${r.s.toFixed(2)} | ${(mb / r.s).toFixed(1)} | ${((100 * r.s) / total).toFixed(0)}% |`);
  if (!onlyStages) console.log(`| **all** | ${total.toFixed(2)} | ${(mb / total).toFixed(1)} | 100% |`);
}

await main();
