// newsmine as a library: the same objects the command line prints.
import { loadInputs, type LoadOptions } from './load/index.js';
import { mineDoc } from './pipeline.js';
import type { Doc, DocResult, MineOptions } from './types.js';

export interface TextInput {
  text: string;
  id?: string;
  title?: string | null;
  published?: string | null;
  authors?: string[];
  url?: string | null;
}

/**
 * Mines one text. Offsets in the result are Unicode code points into `text`
 * (use `sliceCodePoints` to cut it in JavaScript).
 */
export function mine(input: string | TextInput, options: MineOptions = {}): DocResult {
  const t: TextInput = typeof input === 'string' ? { text: input } : input;
  const doc: Doc = {
    id: t.id ?? 'text',
    path: null,
    format: 'text',
    text: t.text,
    meta: { title: t.title ?? null, published: t.published ?? null, authors: t.authors ?? [], url: t.url ?? null },
  };
  return mineDoc(doc, options);
}

export type MineEvent =
  | { type: 'document'; document: DocResult }
  | { type: 'error'; path: string; line: number | null; reason: string }
  | { type: 'warning'; path: string; line: number | null; reason: string };

/**
 * Mines files, folders, globs and "-" (stdin), yielding each document as soon
 * as it is done, in input order; unreadable inputs come as `error` events.
 */
export async function* mineFiles(paths: readonly string[], options: MineOptions & LoadOptions = {}): AsyncGenerator<MineEvent> {
  for await (const ev of loadInputs(paths, options)) {
    if (ev.type === 'doc') yield { type: 'document', document: mineDoc(ev.doc, options) };
    else yield ev;
  }
}

export { mineDoc } from './pipeline.js';
export { check, updateCases } from './check/index.js';
export type { CheckOptions, CheckReport, CaseResult, Difference, KindScore, UpdateResult } from './check/index.js';
export { sliceCodePoints } from './offsets.js';
export { SCHEMA_VERSION } from './write/contract.js';
export type {
  DateFinding, Doc, DocMeta, DocResult, Finding, Kind, MineOptions, NumberFinding, PersonFinding, PlaceFinding,
  QuoteFinding, Span, Speaker,
} from './types.js';
export { KINDS } from './types.js';
export type { LoadOptions } from './load/index.js';
