// `npm run score`: every scorer in bench/score/ on ../shared/dev/, as one table.
// `npm run score -- --write` also rewrites the table in docs/quality.md.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEV_DIR, REPO_ROOT } from './shared.js';
import type { ScoreRow, Scorer } from './score/types.js';

const write = process.argv.includes('--write');
const only = process.argv.filter((a) => !a.startsWith('--')).slice(2);

async function main(): Promise<void> {
  if (!existsSync(DEV_DIR)) {
    console.error(`newsmine score: no development data at ${DEV_DIR} (set NEWSMINE_SHARED); nothing to score.`);
    return;
  }
  const dir = path.join(REPO_ROOT, 'bench', 'score');
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'types.ts').sort();
  const rows: ScoreRow[] = [];
  for (const f of files) {
    const { scorer } = (await import(pathToFileURL(path.join(dir, f)).href)) as { scorer?: Scorer };
    if (!scorer || (only.length && !only.includes(scorer.name))) continue;
    const missing = scorer.needs.filter((n) => !existsSync(path.join(DEV_DIR, n)));
    if (missing.length) {
      console.error(`skipping ${scorer.name}: missing ${missing.join(', ')}`);
      continue;
    }
    const t0 = performance.now();
    rows.push(...(await scorer.run(DEV_DIR)));
    console.error(`${scorer.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  const table = renderTable(rows);
  console.log(table);
  if (write) updateQualityDoc(table);
}

function renderTable(rows: ScoreRow[]): string {
  const fmt = (v: number) => (Number.isInteger(v) && v > 1 ? String(v) : v.toFixed(3));
  const lines = ['| set | metric | newsmine | target | n |', '| --- | --- | ---: | ---: | ---: |'];
  for (const r of rows) {
    const mark = r.target === undefined ? '' : r.value >= r.target ? ' ✓' : ' ✗';
    lines.push(`| ${r.set} | ${r.metric} | ${fmt(r.value)}${mark} | ${r.target === undefined ? '' : fmt(r.target)} | ${r.n ?? ''} |`);
  }
  return lines.join('\n');
}

function updateQualityDoc(table: string): void {
  const file = path.join(REPO_ROOT, 'docs', 'quality.md');
  const commit = (() => {
    try {
      return execSync('git rev-parse --short HEAD', { cwd: REPO_ROOT }).toString().trim();
    } catch {
      return 'unknown';
    }
  })();
  const stamp = `<!-- score:begin -->\nMeasured ${new Date().toISOString().slice(0, 10)} at commit ${commit} with \`npm run score\`.\n\n${table}\n<!-- score:end -->`;
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '# Quality\n\n<!-- score:begin -->\n<!-- score:end -->\n';
  writeFileSync(file, old.replace(/<!-- score:begin -->[\s\S]*<!-- score:end -->/, stamp));
  console.error(`updated ${path.relative(process.cwd(), file)}`);
}

await main();
