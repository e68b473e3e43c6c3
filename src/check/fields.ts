// Which fields of a finding are scored, and how two values compare.
import type { Kind } from '../types.js';

/** The shape a field's value must have in expected.json. */
export type FieldType = 'string' | 'string?' | 'boolean' | 'amount' | 'speaker';

/**
 * Per kind: `key` fields make "value accuracy" (the value, the canonical
 * name, the speaker, the sub-kind); `detail` fields (qualifier, subject,
 * title, country, cue, closed) are scored apart, so a hard detail such as a
 * number's subject does not hide whether its value is right.
 */
export const FIELDS: Record<Kind, { key: Record<string, FieldType>; detail: Record<string, FieldType> }> = {
  numbers: { key: { value: 'amount', kind: 'string' }, detail: { approximate: 'string?', unit: 'string?', subject: 'string?' } },
  dates: { key: { value: 'string?', kind: 'string' }, detail: {} },
  people: { key: { name: 'string' }, detail: { title: 'string?' } },
  places: { key: { name: 'string', kind: 'string' }, detail: { country: 'string?' } },
  quotes: { key: { speaker: 'speaker', kind: 'string' }, detail: { cue: 'string?', closed: 'boolean' } },
};

/** Equal as JSON values; numbers equal within a relative 1e-9 (0.1 + 0.2 is 0.3 to an annotator). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const ka = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
    const kb = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
  }
  return a === b;
}

/** A value as a person reads it in a message: speakers as `Name @start–end`. */
export function show(v: unknown): string {
  if (v === undefined) return '(none)';
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && 'name' in v) {
    const s = v as { name: unknown; start: unknown; end: unknown };
    return `${JSON.stringify(s.name)} @${String(s.start)}–${String(s.end)}`;
  }
  return JSON.stringify(v);
}

/** Why `v` does not fit `type`, or null when it does. `inText` checks a speaker's offsets. */
export function typeProblem(v: unknown, type: FieldType, inText: (start: unknown, end: unknown) => string | null): string | null {
  switch (type) {
    case 'string':
      return typeof v === 'string' ? null : 'must be a string';
    case 'string?':
      return v === null || typeof v === 'string' ? null : 'must be a string or null';
    case 'boolean':
      return typeof v === 'boolean' ? null : 'must be true or false';
    case 'amount':
      return typeof v === 'number' || (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === 'number'))
        ? null
        : 'must be a number or [low, high]';
    case 'speaker': {
      if (v === null) return null;
      if (typeof v !== 'object' || Array.isArray(v) || typeof (v as { name?: unknown }).name !== 'string') {
        return 'must be null or {"name", "start", "end"}';
      }
      const s = v as { start?: unknown; end?: unknown };
      const bad = inText(s.start, s.end);
      return bad ? `offsets ${bad}` : null;
    }
  }
}
