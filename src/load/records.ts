import type { Doc, DocFormat } from '../types.js';

/** Which record fields hold what; `--fields text=body,id=uuid` changes them. */
export interface FieldNames {
  id: string;
  text: string;
  title: string;
  published: string;
  url: string;
  authors: string;
  html: string;
}

export const DEFAULT_FIELDS: FieldNames = {
  id: 'id',
  text: 'text',
  title: 'title',
  published: 'published',
  url: 'url',
  authors: 'authors',
  html: 'html',
};

/** Parses "text=body,id=uuid" into field names; throws on unknown keys. */
export function parseFieldNames(spec: string | undefined): FieldNames {
  const out = { ...DEFAULT_FIELDS };
  if (!spec) return out;
  for (const part of spec.split(',')) {
    const [key, value] = part.split('=').map((x) => x.trim());
    if (!(key in out) || !value) {
      throw new Error(`bad --fields entry "${part}": expected NAME=FIELD with NAME one of ${Object.keys(out).join(', ')}`);
    }
    out[key as keyof FieldNames] = value;
  }
  return out;
}

/**
 * A JSON record to a Doc. Returns a reason string when the record cannot be
 * used (not an object, no text), so the caller can name file and line.
 */
export function recordToDoc(
  record: unknown,
  fields: FieldNames,
  where: { path: string; line: number | null; format: DocFormat },
): Doc | string {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return 'record is not a JSON object';
  }
  const r = record as Record<string, unknown>;
  const text = r[fields.text];
  if (typeof text !== 'string') {
    if (typeof r[fields.html] === 'string') return `HTML records ("${fields.html}" field) are not supported yet`;
    return text === undefined ? `record has no "${fields.text}" field` : `record's "${fields.text}" field is not a string`;
  }
  const rawId = r[fields.id];
  const id =
    typeof rawId === 'string' || typeof rawId === 'number'
      ? String(rawId)
      : where.line !== null
        ? `${where.path}:${where.line}`
        : where.path;
  return {
    id,
    path: where.path,
    format: where.format,
    text,
    meta: {
      title: stringOrNull(r[fields.title]),
      published: stringOrNull(r[fields.published]),
      authors: authorsOf(r[fields.authors]),
      url: stringOrNull(r[fields.url]),
    },
  };
}

function stringOrNull(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

function authorsOf(v: unknown): string[] {
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string' && x.trim() !== '');
  return [];
}
