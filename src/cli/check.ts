import { check, parseFloors, parseKindList, renderReport, updateCases, type UpdateResult } from '../check/index.js';
import type { Floors, Selectable } from '../check/types.js';
import { EXIT, UsageError, useColor, type CliIO } from './io.js';

export interface CheckFlags {
  minF1?: string;
  kinds?: string;
  update?: boolean;
  format?: 'table' | 'json';
  color: boolean;
  quiet?: boolean;
}

/** `newsmine check`: score fixture cases, or with --update rewrite their expected.json. */
export async function checkCommand(paths: string[], flags: CheckFlags, io: CliIO): Promise<number> {
  const targets = paths.length > 0 ? paths : ['fixtures'];
  const kinds = flags.kinds !== undefined ? usage(() => parseKindList(flags.kinds!), '--kinds') : undefined;
  const floors = flags.minF1 !== undefined ? usage(() => parseFloors(flags.minF1!)) : null;
  const say = (line: string) => io.stderr.write(`newsmine: ${line}\n`);

  if (flags.update) {
    if (floors) throw new UsageError('--update rewrites expected.json; it cannot be combined with --min-f1');
    if (flags.format === 'json') throw new UsageError('--update prints a summary for people; it has no --format json');
    return printUpdates(await updateCases(targets, kinds), io, say);
  }

  const report = await check(targets, { kinds, floors });
  for (const r of report.cases) {
    if (!flags.quiet) for (const w of r.warnings) say(`warning: ${w}`);
    // The table report shows broken cases in place; JSON keeps stdout for the machine.
    if (flags.format === 'json') for (const e of r.errors) say(e);
  }
  const nothingChecked = report.summary.broken === report.summary.cases;
  if (flags.format === 'json') io.stdout.write(JSON.stringify(report, null, 2) + '\n');
  else if (!nothingChecked) io.stdout.write(renderReport(report, { color: useColor(io.stdout, io.env, flags.color), quiet: flags.quiet }));
  if (nothingChecked) {
    if (flags.format !== 'json') for (const r of report.cases) for (const e of r.errors) say(e);
    say(`no case could be checked in ${targets.join(', ')} (a case is a folder with input.txt and expected.json)`);
    return EXIT.usage;
  }
  return report.passed ? EXIT.ok : EXIT.checkFailed;
}

function printUpdates(results: UpdateResult[], io: CliIO, say: (line: string) => void): number {
  for (const r of results) {
    if (r.status === 'broken') {
      for (const e of r.errors) say(e);
      continue;
    }
    const parts = Object.entries(r.changes)
      .filter(([, ch]) => ch.added + ch.removed + ch.changed > 0)
      .map(([k, ch]) => `${k} ${[ch.added && `+${ch.added}`, ch.removed && `−${ch.removed}`, ch.changed && `~${ch.changed}`].filter(Boolean).join(' ')}`);
    const what = r.total === 0 ? 'no finding changed' : `${r.total} finding${r.total === 1 ? '' : 's'} changed (${parts.join(', ')})`;
    io.stdout.write(`${r.path}: ${r.status}, ${what}\n`);
  }
  const count = (s: UpdateResult['status']) => results.filter((r) => r.status === s).length;
  const broken = count('broken');
  io.stdout.write(
    `${results.length} case${results.length === 1 ? '' : 's'}: ${count('created')} created, ${count('updated')} updated, ` +
      `${count('unchanged')} unchanged, ${broken} broken\n` +
      (count('created') + count('updated') > 0 ? '(+ newly found, − no longer found, ~ fields changed: review the diff before committing)\n' : ''),
  );
  if (broken === results.length) return EXIT.usage;
  return broken > 0 ? EXIT.checkFailed : EXIT.ok;
}

function usage<T extends Floors | Selectable[]>(parse: () => T, option?: string): T {
  try {
    return parse();
  } catch (err) {
    throw new UsageError(option ? `${option}: ${(err as Error).message}` : (err as Error).message);
  }
}
