import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describeFsError } from '../load/errors.js';
import { formatOf } from '../load/formats.js';

/** A case folder found from the paths given, or a path that yielded none (with the reason). */
export type Found = { dir: string } | { path: string; reason: string };

const CASE_HINT = 'a case is a folder with input.txt (or input.jsonl, input.html) and expected.json';

/** A folder is a case when it holds expected.json or an input.* file newsmine reads. */
export function isCaseFile(name: string): boolean {
  return name === 'expected.json' || (name.startsWith('input.') && formatOf(name) !== null);
}

/**
 * Case folders under `paths`, in order, each once: a case folder as given, a
 * file inside one (its folder), or a folder of cases (recursed, sorted,
 * hidden entries skipped). A path that yields no case is reported, never skipped.
 */
export async function discoverCases(paths: readonly string[]): Promise<Found[]> {
  const out: Found[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    const before = out.length;
    let stat;
    try {
      stat = await fs.stat(p);
    } catch (err) {
      out.push({ path: p, reason: describeFsError(err) });
      continue;
    }
    if (stat.isFile()) {
      if (isCaseFile(path.basename(p))) await add(path.dirname(p), out, seen);
      else out.push({ path: p, reason: `not part of a case (${CASE_HINT})` });
      continue;
    }
    await walk(p, out, seen, new Set());
    if (out.length === before) out.push({ path: p, reason: `no cases found here (${CASE_HINT})` });
  }
  return out;
}

async function add(dir: string, out: Found[], seen: Set<string>): Promise<void> {
  const real = await fs.realpath(dir);
  if (seen.has(real)) return;
  seen.add(real);
  out.push({ dir });
}

async function walk(dir: string, out: Found[], seen: Set<string>, ancestors: Set<string>): Promise<void> {
  let entries;
  let real;
  try {
    real = await fs.realpath(dir);
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (err) {
    out.push({ path: dir, reason: describeFsError(err) });
    return;
  }
  if (ancestors.has(real)) return; // a symlink back up the tree: already being walked
  if (entries.some((e) => isCaseFile(e.name))) {
    await add(dir, out, seen);
    return;
  }
  const inner = new Set(ancestors).add(real);
  const names = entries
    .filter((e) => !e.name.startsWith('.') && e.name !== 'node_modules')
    .map((e) => e.name)
    .sort();
  for (const name of names) {
    const p = path.join(dir, name);
    const isDir = await fs.stat(p).then((s) => s.isDirectory(), () => false);
    if (isDir) await walk(p, out, seen, inner);
  }
}
