import { promises as fs } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describeFsError } from './errors.js';
import { EXTENSIONS, formatOf, type InputFormat } from './formats.js';

/** One thing to load: a file path, or "-" for standard input. */
export type Input = { kind: 'file'; path: string } | { kind: 'stdin' };
export type InputProblem = { path: string; reason: string };

const GLOB_CHARS = /[*?[\]{}]/;
const KNOWN = Object.keys(EXTENSIONS).join(', ');

/**
 * Expands the paths a user gave into inputs, in order: files as given,
 * folders recursed (known extensions only, sorted), globs through fast-glob.
 * Problems are returned in place, so nothing is silently skipped.
 */
export async function* expandInputs(
  args: readonly string[],
  inputFormat: InputFormat | undefined,
): AsyncGenerator<Input | InputProblem> {
  for (const arg of args) {
    if (arg === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(arg);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' && GLOB_CHARS.test(arg)) {
        yield* expandGlob(arg, inputFormat);
        continue;
      }
      yield { path: arg, reason: await describeMissing(arg, err) };
      continue;
    }
    if (stat.isDirectory()) {
      let found = 0;
      for await (const item of walk(arg, new Set())) {
        if ('reason' in item) yield item;
        else {
          found++;
          yield item;
        }
      }
      if (found === 0) yield { path: arg, reason: `no supported files in this folder (newsmine reads ${KNOWN})` };
    } else if (!stat.isFile()) {
      yield { path: arg, reason: notRegular(stat) };
    } else if (inputFormat || formatOf(arg)) {
      yield { kind: 'file', path: arg };
    } else {
      yield { path: arg, reason: `unsupported file type (newsmine reads ${KNOWN}; use --input-format to force one)` };
    }
  }
}

async function describeMissing(arg: string, err: unknown): Promise<string> {
  // A dangling symlink stats as ENOENT; say what it really is.
  try {
    const l = await fs.lstat(arg);
    if (l.isSymbolicLink()) return 'broken symbolic link (its target does not exist)';
  } catch {
    /* fall through */
  }
  return describeFsError(err);
}

async function* expandGlob(pattern: string, inputFormat: InputFormat | undefined): AsyncGenerator<Input | InputProblem> {
  const matches = (await fg(pattern, { onlyFiles: true, dot: false, followSymbolicLinks: true }))
    .filter((p) => inputFormat || formatOf(p))
    .sort(compareCodeUnits);
  if (matches.length === 0) yield { path: pattern, reason: `no supported files match this pattern (newsmine reads ${KNOWN})` };
  for (const p of matches) yield { kind: 'file', path: p };
}

/** Depth-first over a folder, entries sorted; symlinks followed once, loops reported. */
async function* walk(dir: string, seen: Set<string>): AsyncGenerator<Input | InputProblem> {
  let real: string;
  let entries;
  try {
    real = await fs.realpath(dir);
    if (seen.has(real)) {
      yield { path: dir, reason: 'symbolic link loop (this folder contains itself); skipped' };
      return;
    }
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { path: dir, reason: describeFsError(err) };
    return;
  }
  const inner = new Set(seen).add(real);
  const names = entries.filter((e) => !e.name.startsWith('.')).sort((a, b) => compareCodeUnits(a.name, b.name));
  for (const entry of names) {
    const p = path.join(dir, entry.name);
    let kind: { isDirectory(): boolean; isFile(): boolean; isFIFO(): boolean; isSocket(): boolean } = entry;
    if (entry.isSymbolicLink()) {
      try {
        kind = await fs.stat(p);
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (formatOf(p) || code === 'ELOOP') {
          yield { path: p, reason: code === 'ENOENT' ? 'broken symbolic link (its target does not exist)' : describeFsError(err) };
        }
        continue;
      }
    }
    if (kind.isDirectory()) yield* walk(p, inner);
    else if (!formatOf(p)) continue;
    else if (kind.isFile()) yield { kind: 'file', path: p };
    else yield { path: p, reason: notRegular(kind) };
  }
}

/** Sockets, FIFOs and devices are never opened: reading a FIFO would block forever. */
function notRegular(stat: { isFIFO(): boolean; isSocket(): boolean }): string {
  const what = stat.isFIFO() ? 'a FIFO' : stat.isSocket() ? 'a socket' : 'a device or special file';
  return `not a regular file (${what}); skipped`;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
