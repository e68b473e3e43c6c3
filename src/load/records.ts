import type { Doc, DocFormat } from '../types.js';
import type { HtmlConverter } from './html/lazy.js';

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
  html?: HtmlConverter,
): Doc | string {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) {
    return 'record is not a JSON object';
  }
  const r = record as Record<string, unknown>;
  const text = r[fields.text];
  const rawId = r[fields.id];
  const id =
    typeof rawId === 'string' || typeof rawId === 'number'
      ? String(rawId)
      : where.line !== null
        ? `${where.path}:${where.line}`
        : where.path;
  if (typeof text !== 'string') {
    const page = r[fields.html];
    if (typeof page === 'string' && html) return withRecordMeta(html(page, id, where.path), r, fields, where.format);
    return text === undefined ? `record has no "${fields.text}" field` : `record's "${fields.text}" field is not a string`;
  }
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

/** True when the record has HTML (the `html` field) and no text: the HTML loader reads it. */
export function isHtmlRecord(record: unknown, fields: FieldNames): boolean {
  if (record === null || typeof record !== 'object') return false;
  const r = record as Record<string, unknown>;
  return typeof r[fields.text] !== 'string' && typeof r[fields.html] === 'string';
}

/** What the record states wins over what the page states. */
function withRecordMeta(doc: Doc, r: Record<string, unknown>, fields: FieldNames, format: DocFormat): Doc {
  const authors = authorsOf(r[fields.authors]);
  return {
    ...doc,
    format,
    meta: {
      title: stringOrNull(r[fields.title]) ?? doc.meta.title,
      published: stringOrNull(r[fields.published]) ?? doc.meta.published,
      authors: authors.length ? authors : doc.meta.authors,
      url: stringOrNull(r[fields.url]) ?? doc.meta.url,
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
