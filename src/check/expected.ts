// Reading expected.json: parse it, then check every span against the input
// text, so a stale or mistyped annotation is reported instead of scored.
import { KINDS } from '../types.js';
import { FIELDS, typeProblem } from './fields.js';
import { syntaxErrorAt } from './json-position.js';
import { DOC_FIELDS, SPAN_KINDS, isFindingKind } from './types.js';

/** Keys of the contract that expected.json may hold but that are not compared. */
const IGNORED = new Set(['id', 'path', 'format', 'text', 'notes', 'schemaVersion', '$schema']);
const KNOWN = [...KINDS, ...SPAN_KINDS, ...DOC_FIELDS, ...IGNORED];

export type Expected = Record<string, unknown>;

/** Parses expected.json; a syntax error says where (line and column). */
export function parseExpected(raw: string): { value: Expected } | { error: string } {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    // V8 quotes the whole text in some messages: keep its reason, say where ourselves.
    const reason = (err as Error).message.replace(/,? ".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
    const at = syntaxErrorAt(text);
    return { error: `invalid JSON${at === null ? '' : ` at ${lineCol(text, at)}`}: ${reason}` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { error: 'expected.json must hold one JSON object (a document of the output contract)' };
  }
  return { value: value as Expected };
}

function lineCol(raw: string, pos: number): string {
  const before = raw.slice(0, pos).split('\n');
  return `line ${before.length} column ${before[before.length - 1].length + 1}`;
}

/**
 * Every problem with `exp` against the input's code points `cps`: unknown
 * keys, wrong types, offsets out of range or not slicing to `text`, a span
 * given twice. Keys in `skip` are not checked (`--update` replaces them).
 */
export function validateExpected(exp: Expected, cps: readonly string[], skip: ReadonlySet<string> = new Set()): string[] {
  const errors: string[] = [];
  const inText = (start: unknown, end: unknown): string | null => {
    if (!Number.isInteger(start) || !Number.isInteger(end)) return 'start and end must be integers';
    const s = start as number;
    const e = end as number;
    if (s < 0 || e < s || e > cps.length) return `${s}–${e} are outside the input (${cps.length} code points)`;
    return null;
  };
  for (const [key, value] of Object.entries(exp)) {
    if (skip.has(key) || IGNORED.has(key)) continue;
    if (!KNOWN.includes(key)) {
      errors.push(`unknown kind "${key}" (expected.json may hold ${[...KINDS, ...SPAN_KINDS, ...DOC_FIELDS, 'notes'].join(', ')})`);
    } else if ((DOC_FIELDS as readonly string[]).includes(key)) {
      const bad = docFieldProblem(key, value);
      if (bad) errors.push(`${key} ${bad}`);
    } else if (!Array.isArray(value)) {
      errors.push(`${key} must be a list (use [] for "none of this kind here")`);
    } else {
      errors.push(...validateList(key, value, cps, inText));
    }
  }
  return errors;
}

function docFieldProblem(key: string, v: unknown): string | null {
  if (key === 'authors') return Array.isArray(v) && v.every((a) => typeof a === 'string') ? null : 'must be a list of strings';
  if (v !== null && typeof v !== 'string') return 'must be a string or null';
  if (key === 'referenceDate' && typeof v === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(v)) {
    return `must be a date like 2025-04-11 (got "${v}")`;
  }
  return null;
}

function validateList(
  kind: string,
  list: unknown[],
  cps: readonly string[],
  inText: (start: unknown, end: unknown) => string | null,
): string[] {
  const errors: string[] = [];
  const fields = isFindingKind(kind) ? { ...FIELDS[kind].key, ...FIELDS[kind].detail } : {};
  const allowed = new Set(['start', 'end', 'text', 'notes', ...Object.keys(fields)]);
  const spans = new Map<string, number>();
  list.forEach((item, i) => {
    const at = `${kind}[${i}]`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      errors.push(`${at} must be an object with start and end`);
      return;
    }
    const f = item as Record<string, unknown>;
    const range = inText(f.start, f.end);
    if (range) {
      errors.push(`${at}: ${range}`);
      return;
    }
    const where = `${at} (${String(f.start)}–${String(f.end)})`;
    const slice = cps.slice(f.start as number, f.end as number).join('');
    if (f.text === undefined) {
      if (isFindingKind(kind)) errors.push(`${where} has no "text" (it must equal the input's slice: ${JSON.stringify(slice)})`);
    } else if (f.text !== slice) {
      errors.push(`${where}: text ${JSON.stringify(f.text)} does not match the input there, which reads ${JSON.stringify(slice)}`);
    }
    const dup = spans.get(`${f.start}:${f.end}`);
    if (dup !== undefined) errors.push(`${where} has the same span as ${kind}[${dup}]`);
    else spans.set(`${f.start}:${f.end}`, i);
    for (const [name, v] of Object.entries(f)) {
      if (!allowed.has(name)) {
        errors.push(`${where} has unknown field "${name}" (${kind} findings have ${[...allowed].join(', ')})`);
      } else if (name in fields) {
        const bad = typeProblem(v, fields[name], inText);
        if (bad) errors.push(`${where}: ${name} ${bad}`);
      }
    }
  });
  return errors;
}
