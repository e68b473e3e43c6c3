import { promises as fs } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Doc, DocFormat } from '../types.js';
import { decodeBytes, DecodeError } from './decode.js';
import { describeFsError } from './errors.js';
import { formatOf, type InputFormat } from './formats.js';
import { expandInputs } from './inputs.js';
import { decodeHtml } from './html/charset.js';
import { htmlConverter, htmlModule, type HtmlConverter } from './html/lazy.js';
import { DEFAULT_FIELDS, isHtmlRecord, recordToDoc, type FieldNames } from './records.js';

export interface LoadOptions {
  /** Overrides the format chosen by extension (and sets stdin's format: text by default). */
  inputFormat?: InputFormat;
  fields?: FieldNames;
  stdin?: Readable;
  /** Text, Markdown, JSON and HTML files larger than this many bytes are refused (JSONL is streamed: the limit is per line). */
  maxBytes?: number;
  /** Stops reading (ends a wait on standard input) when aborted. */
  signal?: AbortSignal;
}

/** No news article is 50 MB: a file that large is almost certainly not one, and would need GBs of memory. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** What loading yields, in input order: documents, and problems naming path and line. */
export type LoadEvent =
  | { type: 'doc'; doc: Doc }
  | { type: 'error'; path: string; line: number | null; reason: string }
  | { type: 'warning'; path: string; line: number | null; reason: string };

/** What every reader needs besides its input: settled once per run. */
interface Reading {
  fields: FieldNames;
  maxBytes: number;
  signal?: AbortSignal;
}

/** Streams documents from paths, folders, globs and "-"; files are read one at a time. */
export async function* loadInputs(args: readonly string[], options: LoadOptions = {}): AsyncGenerator<LoadEvent> {
  const r: Reading = { fields: options.fields ?? DEFAULT_FIELDS, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, signal: options.signal };
  for await (const input of expandInputs(args, options.inputFormat)) {
    if ('reason' in input) {
      yield { type: 'error', path: input.path, line: null, reason: input.reason };
    } else if (input.kind === 'stdin') {
      if (!options.stdin) {
        yield { type: 'error', path: '-', line: null, reason: 'standard input is not available' };
        continue;
      }
      yield* loadStream(options.stdin, '-', options.inputFormat ?? 'text', r);
    } else {
      if (options.signal?.aborted) return;
      yield* loadFile(input.path, options.inputFormat ?? (formatOf(input.path) as DocFormat), r);
    }
  }
}

async function* loadFile(path: string, format: DocFormat, r: Reading): AsyncGenerator<LoadEvent> {
  if (format === 'jsonl') {
    let stream;
    try {
      // Open first so that a missing or unreadable file is one clear error.
      const handle = await fs.open(path, 'r');
      stream = handle.createReadStream();
    } catch (err) {
      yield { type: 'error', path, line: null, reason: describeFsError(err) };
      return;
    }
    yield* loadStream(stream, path, 'jsonl', r);
    return;
  }
  let bytes: Buffer;
  try {
    const { size } = await fs.stat(path);
    if (size > r.maxBytes) {
      yield { type: 'error', path, line: null, reason: `file is ${megabytes(size)}, over the ${megabytes(r.maxBytes)} limit for one document (split it, use JSONL, or raise --max-size)` };
      return;
    }
    bytes = await fs.readFile(path);
  } catch (err) {
    yield { type: 'error', path, line: null, reason: describeFsError(err) };
    return;
  }
  yield* fromBytes(bytes, path, format, r.fields);
}

async function* fromBytes(bytes: Uint8Array, path: string, format: DocFormat, fields: FieldNames): AsyncGenerator<LoadEvent> {
  let text: string;
  try {
    const decoded = format === 'html' ? decodeHtml(bytes) : decodeBytes(bytes);
    text = decoded.text;
    if (decoded.warning) yield { type: 'warning', path, line: null, reason: decoded.warning };
  } catch (err) {
    yield { type: 'error', path, line: null, reason: err instanceof DecodeError ? err.message : describeFsError(err) };
    return;
  }
  if (format === 'html') {
    const { htmlToDoc } = await htmlModule();
    const { doc, warnings } = htmlToDoc(text, path, path);
    for (const reason of warnings) yield { type: 'warning', path, line: null, reason };
    yield { type: 'doc', doc };
    return;
  }
  if (format === 'json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      yield { type: 'error', path, line: null, reason: `invalid JSON: ${(err as Error).message}` };
      return;
    }
    const records = Array.isArray(parsed) ? parsed : [parsed];
    const warnings: string[] = [];
    for (let i = 0; i < records.length; i++) {
      const where = { path, line: Array.isArray(parsed) ? i : null, format: 'json' as const };
      const html = isHtmlRecord(records[i], fields) ? await htmlConverter(warnings) : undefined;
      const doc = recordToDoc(records[i], fields, where, html);
      for (const reason of warnings.splice(0)) yield { type: 'warning', path, line: null, reason };
      if (typeof doc === 'string') {
        yield { type: 'error', path, line: null, reason: Array.isArray(parsed) ? `record ${i}: ${doc}` : doc };
      } else {
        if (Array.isArray(parsed) && doc.id === `${path}:${i}`) doc.id = `${path}#${i}`;
        yield { type: 'doc', doc };
      }
    }
    return;
  }
  yield { type: 'doc', doc: { id: path, path, format, text, meta: { title: null, published: null, authors: [], url: null } } };
}

/** Reads a stream: JSONL line by line (memory stays flat), anything else whole. */
async function* loadStream(stream: Readable, path: string, format: DocFormat, r: Reading): AsyncGenerator<LoadEvent> {
  const { fields, maxBytes, signal } = r;
  if (format !== 'jsonl') {
    const chunks: Buffer[] = [];
    let size = 0;
    signal?.addEventListener('abort', () => stream.destroy(), { once: true });
    try {
      for await (const chunk of stream) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
        size += buf.length;
        if (size > maxBytes) {
          stream.destroy();
          yield { type: 'error', path, line: null, reason: `input is over the ${megabytes(maxBytes)} limit for one document (split it, use JSONL, or raise --max-size)` };
          return;
        }
        chunks.push(buf);
      }
    } catch (err) {
      yield { type: 'error', path, line: null, reason: describeFsError(err) };
      return;
    }
    yield* fromBytes(Buffer.concat(chunks), path, format, fields);
    return;
  }
  stream.setEncoding('utf8');
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  // Closing the interface is what ends a pending `for await` over its lines.
  signal?.addEventListener('abort', () => lines.close(), { once: true });
  let lineNo = 0;
  const warnings: string[] = [];
  try {
    for await (const raw of lines) {
      lineNo++;
      const line = lineNo === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
      if (line.trim() === '') continue;
      if (line.length > maxBytes) {
        yield { type: 'error', path, line: lineNo, reason: `record is over the ${megabytes(maxBytes)} limit for one document (raise --max-size)` };
        continue;
      }
      let record: unknown;
      try {
        record = JSON.parse(line);
      } catch (err) {
        yield { type: 'error', path, line: lineNo, reason: `malformed JSON: ${(err as Error).message}` };
        continue;
      }
      const html: HtmlConverter | undefined = isHtmlRecord(record, fields) ? await htmlConverter(warnings) : undefined;
      const doc = recordToDoc(record, fields, { path, line: lineNo, format: 'jsonl' }, html);
      for (const reason of warnings.splice(0)) yield { type: 'warning', path, line: lineNo, reason };
      if (typeof doc === 'string') yield { type: 'error', path, line: lineNo, reason: doc };
      else yield { type: 'doc', doc };
    }
  } catch (err) {
    yield { type: 'error', path, line: lineNo || null, reason: describeFsError(err) };
  }
}

export { parseFieldNames, DEFAULT_FIELDS, type FieldNames } from './records.js';
export { INPUT_FORMATS, type InputFormat } from './formats.js';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}
