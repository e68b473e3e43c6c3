import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describeFsError } from '../load/errors.js';
import { loadInputs } from '../load/index.js';
import type { Doc } from '../types.js';
import { isCaseFile } from './discover.js';
import { parseExpected, type Expected } from './expected.js';

/** A case folder read from disk: its document, its expected.json, and what went wrong. */
export interface LoadedCase {
  dir: string;
  input: string | null;
  expectedPath: string;
  /** The parsed expected.json; null when it is missing or unreadable (see errors). */
  expected: Expected | null;
  /** True when the folder has no expected.json at all (`--update` can create it). */
  expectedMissing: boolean;
  doc: Doc | null;
  /** The document text as code points: what every offset in expected.json counts. */
  cps: string[];
  errors: string[];
  warnings: string[];
}

/** Loads a case through the same loaders as `newsmine extract`, so a case sees what a user sees. */
export async function loadCase(dir: string): Promise<LoadedCase> {
  const expectedPath = path.join(dir, 'expected.json');
  const c: LoadedCase = { dir, input: null, expectedPath, expected: null, expectedMissing: false, doc: null, cps: [], errors: [], warnings: [] };

  const names = (await fs.readdir(dir)).filter((n) => n !== 'expected.json' && isCaseFile(n)).sort();
  if (names.length === 0) c.errors.push(`${dir}: no input file (input.txt, input.jsonl or input.html)`);
  else if (names.length > 1) c.errors.push(`${dir}: several input files (${names.join(', ')}); a case has one`);
  else c.input = path.join(dir, names[0]);

  try {
    const parsed = parseExpected(await fs.readFile(expectedPath, 'utf8'));
    if ('error' in parsed) c.errors.push(`${expectedPath}: ${parsed.error}`);
    else c.expected = parsed.value;
  } catch (err) {
    c.expectedMissing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    c.errors.push(`${expectedPath}: ${describeFsError(err)}` + (c.expectedMissing ? ' (write it by hand, or snapshot the output with --update)' : ''));
  }

  if (c.input) {
    const docs: Doc[] = [];
    for await (const ev of loadInputs([c.input])) {
      const where = ev.type === 'doc' ? '' : ev.line === null ? ev.path : `${ev.path}:${ev.line}`;
      if (ev.type === 'doc') docs.push(ev.doc);
      else if (ev.type === 'error') c.errors.push(`${where}: ${ev.reason}`);
      else c.warnings.push(`${where}: ${ev.reason}`);
    }
    if (docs.length > 1) c.errors.push(`${c.input}: holds ${docs.length} documents; a case is one document (split it into cases)`);
    else if (docs.length === 1) {
      c.doc = docs[0];
      c.cps = Array.from(docs[0].text);
    }
  }
  return c;
}
