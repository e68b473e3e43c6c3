// The report a person reads: each case's differences with their context,
// then one table per kind over all cases, then the verdict.
import { Chalk, type ChalkInstance } from 'chalk';
import { show } from './fields.js';
import { CONTEXT } from './match.js';
import { DOC_FIELDS, SCORED_KINDS, type CaseResult, type CheckReport, type Difference } from './types.js';

export interface ReportOptions {
  color: boolean;
  /** Only the table and the verdict, no per-case differences. */
  quiet?: boolean;
}

export function renderReport(report: CheckReport, options: ReportOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  if (!options.quiet) {
    for (const r of report.cases) if (r.status !== 'pass') out.push(...caseLines(r, c));
    if (out.length > 0) out.push('');
  }
  out.push(...table(report, c), '', ...verdict(report, c));
  return out.join('\n') + '\n';
}

function caseLines(r: CaseResult, c: ChalkInstance): string[] {
  if (r.status === 'broken') return [`${c.bold(r.path)}  ${c.red.bold('BROKEN')}`, ...r.errors.map((e) => `  ${e}`)];
  const n = (t: Difference['type']) => r.differences.filter((d) => d.type === t).length;
  const tally = [
    [n('missing'), 'missing'], [n('extra'), 'extra'], [n('wrong') + n('document'), 'wrong'],
  ].filter(([k]) => k).map(([k, w]) => `${k} ${w}`).join(', ');
  return [`${c.bold(r.path)}  ${c.red.bold('FAIL')}  ${tally}`, ...r.differences.flatMap((d) => differenceLines(d, c))];
}

function differenceLines(d: Difference, c: ChalkInstance): string[] {
  const kind = d.kind.padEnd(11);
  if (d.type === 'document') {
    return [`  ${kind}${c.magenta('wrong  ')}  ${d.field}: expected ${show(d.expected)}, got ${show(d.got)}`];
  }
  const where = `${d.start}–${d.end}`;
  const label = { missing: c.red('missing'), extra: c.yellow('extra  '), wrong: c.magenta('wrong  ') }[d.type];
  const head = d.type === 'wrong'
    ? `${where} “${clip(d.text ?? '', 40)}”  ${d.field}: expected ${show(d.expected)}, got ${show(d.got)}`
    : `${where} “${clip(d.text ?? '', 60)}”`;
  const span = d.type === 'missing' ? c.red.bold : d.type === 'extra' ? c.yellow.bold : c.magenta.bold;
  // An ellipsis only where the context was cut, so a case's first and last words look like it.
  const before = (Array.from(d.before ?? '').length < (d.start ?? 0) ? '…' : '') + flat(d.before ?? '');
  const after = flat(d.after ?? '') + (Array.from(d.after ?? '').length >= CONTEXT ? '…' : '');
  const context = `${c.dim(before)}⟦${span(flat(clip(d.text ?? '', 60)))}⟧${c.dim(after)}`;
  return [`  ${kind}${label}  ${head}`, `  ${' '.repeat(11)}         ${context}`];
}

/** Context on one line: a paragraph break shows as ⏎, other whitespace as one space. */
function flat(s: string): string {
  return s.replace(/\r?\n/g, '⏎').replace(/\s+/g, ' ');
}

function clip(s: string, max: number): string {
  const cps = Array.from(s);
  if (cps.length <= max) return s;
  const half = Math.floor((max - 1) / 2);
  return cps.slice(0, half).join('') + '…' + cps.slice(cps.length - half).join('');
}

function table(report: CheckReport, c: ChalkInstance): string[] {
  const ratio = (v: number | null) => (v === null ? '—' : v.toFixed(3));
  const head = ['kind', 'cases', 'expected', 'found', 'matched', 'precision', 'recall', 'F1', 'value acc.', 'detail acc.', 'floor'];
  const rows: string[][] = [];
  for (const k of SCORED_KINDS) {
    const s = report.kinds[k];
    if (s.cases === 0) continue;
    const floor = s.floor === null ? '' : `${s.floor} ${s.passed ? '✓' : '✗'}`;
    rows.push([k, s.cases, s.expected, s.found, s.matched, ratio(s.precision), ratio(s.recall), ratio(s.f1),
      ratio(s.valueAccuracy), ratio(s.detailAccuracy), floor].map(String));
  }
  if (rows.length === 0) return [c.dim('no kind was scored')];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((v, i) => (i === 0 ? v.padEnd(widths[i]) : v.padStart(widths[i]))).join('  ').trimEnd();
  const lines = [c.bold(line(head)), ...rows.map((r, i) => {
    const failed = !report.kinds[r[0] as keyof typeof report.kinds].passed;
    return failed ? c.red(line(r)) : line(r);
  })];
  const fields = DOC_FIELDS.filter((f) => report.document[f].checked > 0)
    .map((f) => `${f} ${report.document[f].correct}/${report.document[f].checked}`);
  if (fields.length > 0) lines.push(`document fields correct: ${fields.join(', ')}`);
  return lines;
}

function verdict(report: CheckReport, c: ChalkInstance): string[] {
  const { cases, passed, failed, broken } = report.summary;
  const lines = [`${cases} case${cases === 1 ? '' : 's'}: ${passed} passed, ${failed} failed, ${broken} broken`];
  if (broken > 0) lines.push(c.red(`${broken} case${broken === 1 ? '' : 's'} could not be checked (reasons above)`));
  if (report.mode === 'floors') {
    for (const k of SCORED_KINDS) {
      const s = report.kinds[k];
      if (!s.passed) lines.push(c.red(`${k}: F1 ${s.f1!.toFixed(3)} is below its floor ${s.floor}`));
    }
    lines.push(report.passed ? c.green.bold('PASS: every F1 floor holds') : c.red.bold('FAIL'));
  } else if (report.passed) {
    lines.push(c.green.bold('PASS: every case matches its expected.json'));
  } else {
    const hint = failed > 0 ? ` (${failed} case${failed === 1 ? ' differs' : 's differ'} from expected.json; --min-f1 gates on scores instead)` : '';
    lines.push(c.red.bold(`FAIL${hint}`));
  }
  return lines;
}
