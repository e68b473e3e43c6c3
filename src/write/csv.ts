import type { DocResult } from '../types.js';
import type { Formatter } from './formatter.js';

export const CSV_HEADER = ['document', 'kind', 'start', 'end', 'text', 'value', 'detail'] as const;

/**
 * One finding per row: document,kind,start,end,text,value,detail. `value` is
 * the normalised value (a number, a TimeML value, a canonical name, a
 * speaker); `detail` holds the kind's other fields as `key=value; ...`.
 */
export function csvFormatter(): Formatter {
  return {
    begin: () => CSV_HEADER.join(',') + '\r\n',
    document: (doc: DocResult) => csvRows(doc).map((row) => row.map(csvField).join(',') + '\r\n').join(''),
    separator: '',
    end: () => '',
  };
}

type Row = (string | number | null)[];

export function csvRows(doc: DocResult): Row[] {
  const rows: { start: number; row: Row }[] = [];
  const add = (kind: string, f: { start: number; end: number; text: string }, value: unknown, detail: Record<string, unknown>) =>
    rows.push({ start: f.start, row: [doc.id, kind, f.start, f.end, f.text, formatValue(value), formatDetail(detail)] });
  for (const f of doc.numbers) add('number', f, f.value, { kind: f.kind, approximate: f.approximate, unit: f.unit, subject: f.subject });
  for (const f of doc.dates) add('date', f, f.value, { kind: f.kind });
  for (const f of doc.people) add('person', f, f.name, { title: f.title });
  for (const f of doc.places) add('place', f, f.name, { kind: f.kind, country: f.country });
  for (const f of doc.quotes) {
    add('quote', f, f.speaker?.name ?? null, {
      kind: f.kind,
      cue: f.cue,
      speaker_start: f.speaker?.start ?? null,
      speaker_end: f.speaker?.end ?? null,
      closed: f.closed ? null : false,
    });
  }
  // Stable sort: rows of one document in text order, kinds in contract order on ties.
  return rows.sort((a, b) => a.start - b.start).map((r) => r.row);
}

function formatValue(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.join('..');
  return v as string | number;
}

function formatDetail(d: Record<string, unknown>): string {
  return Object.entries(d)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('; ');
}

/** RFC 4180: quote fields holding commas, quotes or line breaks; double inner quotes. */
export function csvField(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
