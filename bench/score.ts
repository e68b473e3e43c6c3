// `npm run score`: every scorer in bench/score/ as one table.
//   npm run score                     all scorers (dev-set ones need ../shared/dev/)
//   npm run score -- fixtures ner     only these scorers
//   npm run score -- --write          also put the table in docs/quality.md (full runs only)
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEV_DIR, REPO_ROOT } from './shared.js';
import type { ScoreRow, Scorer } from './score/types.js';

/** The whole scoreboard must stay well inside a CI step. */
const BUDGET_SECONDS = 300;
const BEGIN = '<!-- score:begin -->';
const END = '<!-- score:end -->';

async function main(argv: string[]): Promise<number> {
  const started = performance.now();
  const write = argv.includes('--write');
  const badFlag = argv.find((a) => a.startsWith('-') && a !== '--write');
  if (badFlag) return fail(`unknown option ${badFlag} (usage: npm run score -- [scorer...] [--write])`, 2);
  const only = argv.filter((a) => !a.startsWith('-'));

  const scorers = await loadScorers();
  const unknown = only.filter((n) => !scorers.some((s) => s.name === n));
  if (unknown.length) return fail(`no scorer named ${unknown.join(', ')} (have: ${scorers.map((s) => s.name).join(', ')})`, 2);
  if (write && only.length) return fail('--write records the full scoreboard: run it without scorer names', 2);

  const haveDev = existsSync(DEV_DIR);
  if (!haveDev) {
    console.error(`newsmine score: no development data at ${DEV_DIR} (set NEWSMINE_SHARED to its parent folder); ` +
      'the dev-set scorers are skipped, the others still run.');
  }
  const rows: ScoreRow[] = [];
  let failures = 0;
  let skipped = 0;
  for (const scorer of scorers) {
    if (only.length && !only.includes(scorer.name)) continue;
    const missing = scorer.needs.filter((n) => !haveDev || !existsSync(path.join(DEV_DIR, n)));
    if (missing.length) {
      skipped++;
      if (haveDev) console.error(`skipping ${scorer.name}: missing ${missing.join(', ')} in ${DEV_DIR}`);
      continue;
    }
    const t0 = performance.now();
    try {
      rows.push(...(await scorer.run(DEV_DIR)));
      console.error(`${scorer.name}: ${seconds(t0)} s`);
    } catch (err) {
      failures++;
      console.error(`${scorer.name} failed after ${seconds(t0)} s: ${(err as Error).stack ?? String(err)}`);
    }
  }
  const table = renderTable(rows);
  console.log(rows.length ? table : '(no scores: nothing could be measured)');
  const total = (performance.now() - started) / 1000;
  console.error(`total: ${total.toFixed(1)} s` + (total > BUDGET_SECONDS ? ` — over the ${BUDGET_SECONDS / 60}-minute budget: make a scorer faster` : ''));

  if (write) {
    // A partial table in docs/quality.md would read as the project's scores.
    if (failures || skipped) return fail(`not writing docs/quality.md: ${failures} scorer(s) failed, ${skipped} skipped`, 1);
    const file = path.join(REPO_ROOT, 'docs', 'quality.md');
    mkdirSync(path.dirname(file), { recursive: true });
    const old = existsSync(file) ? readFileSync(file, 'utf8') : null;
    writeFileSync(file, withScoreBlock(old, scoreBlock(table, new Date(), commitOf(REPO_ROOT), total)));
    console.error(`updated ${path.relative(process.cwd(), file)}`);
  }
  return failures ? 1 : 0;
}

/** Every module in bench/score/ that exports a `scorer`, in file name order. */
async function loadScorers(): Promise<Scorer[]> {
  const dir = path.join(REPO_ROOT, 'bench', 'score');
  const out: Scorer[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'types.ts').sort()) {
    const { scorer } = (await import(pathToFileURL(path.join(dir, f)).href)) as { scorer?: Scorer };
    if (scorer) out.push(scorer);
  }
  return out;
}

export function renderTable(rows: readonly ScoreRow[]): string {
  const fmt = (v: number) => (Number.isInteger(v) && v > 1 ? String(v) : v.toFixed(3));
  const lines = ['| set | metric | value | target | n |', '| --- | --- | ---: | ---: | ---: |'];
  for (const r of rows) {
    const mark = r.target === undefined ? '' : r.value >= r.target ? ' ✓' : ' ✗';
    lines.push(`| ${r.set} | ${r.metric} | ${fmt(r.value)}${mark} | ${r.target === undefined ? '' : fmt(r.target)} | ${r.n ?? ''} |`);
  }
  return lines.join('\n');
}

/** The block between the markers: when, at which commit, how long, then the table. */
export function scoreBlock(table: string, when: Date, commit: string, seconds: number): string {
  return `${BEGIN}\nMeasured ${when.toISOString().slice(0, 10)} at commit ${commit} with \`npm run score\` ` +
    `(${seconds.toFixed(0)} s).\n\n${table}\n${END}`;
}

/** `doc` with its score block replaced; a document without markers gets the block appended, none is created. */
export function withScoreBlock(doc: string | null, block: string): string {
  if (doc === null) return `# Quality\n\n${block}\n`;
  const a = doc.indexOf(BEGIN);
  const b = doc.indexOf(END, a);
  if (a < 0 || b < 0) return `${doc.trimEnd()}\n\n${block}\n`;
  return doc.slice(0, a) + block + doc.slice(b + END.length);
}

/** The short commit, marked when the working tree has changes the table reflects but the commit does not. */
function commitOf(dir: string): string {
  try {
    const sha = execSync('git rev-parse --short HEAD', { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    const dirty = execSync('git status --porcelain --untracked-files=no', { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    return dirty ? `${sha} (with uncommitted changes)` : sha;
  } catch {
    return 'unknown';
  }
}

function seconds(t0: number): string {
  return ((performance.now() - t0) / 1000).toFixed(1);
}

function fail(message: string, code: number): number {
  console.error(`newsmine score: ${message}`);
  return code;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
