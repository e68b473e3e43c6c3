// Where the development data and benchmark corpus live. They sit beside the
// repository (../shared/) on developer machines and in CI; they are never
// copied into it. NEWSMINE_SHARED points elsewhere.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED_DIR = process.env.NEWSMINE_SHARED ?? path.resolve(REPO_ROOT, '../shared');
export const DEV_DIR = path.join(SHARED_DIR, 'dev');
export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus');

/** The path of a file under ../shared/, or null (with the reason) when it is not there. */
export function sharedFile(...parts: string[]): string | null {
  const p = path.join(SHARED_DIR, ...parts);
  return existsSync(p) ? p : null;
}
