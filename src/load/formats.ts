import type { DocFormat } from '../types.js';

/** File extensions newsmine reads, and the format each one means. */
export const EXTENSIONS: Readonly<Record<string, DocFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.html': 'html',
  '.htm': 'html',
};

export const INPUT_FORMATS = ['text', 'markdown', 'json', 'jsonl', 'html'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** The format of `path` by its extension, or null when newsmine does not read it. */
export function formatOf(path: string): DocFormat | null {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return null;
  return EXTENSIONS[path.slice(dot).toLowerCase()] ?? null;
}
