import { promises as fs } from 'node:fs';
import { availableParallelism } from 'node:os';
import { loadInputs, parseFieldNames, type InputFormat, type LoadEvent } from '../load/index.js';
import { expandInputs } from '../load/inputs.js';
import { batched, orderedMap } from '../parallel/ordered.js';
import { createDispatcher } from '../parallel/dispatch.js';
import { createPool, type MinePool } from '../parallel/pool.js';
import { mineAndRender, type BatchResult } from '../parallel/worker.js';
import type { Doc, Kind, MineOptions } from '../types.js';
import { createFormatter, OutputWriter, type FormatName, type FormatOptions, type Rendered, type Sink } from '../write/index.js';
import { AtomicFile } from './atomic-file.js';
import { EXIT, UsageError, useColor, type CliIO } from './io.js';
import { parseJobs, parseKinds, parseRefDate, parseSize } from './options.js';
import { Progress } from './progress.js';

export interface ExtractFlags {
  format?: FormatName;
  only?: string;
  text?: boolean;
  refDate?: string;
  inputFormat?: InputFormat;
  fields?: string;
  out?: string;
  jobs?: string;
  maxSize?: string;
  color: boolean;
  quiet?: boolean;
  debug?: boolean;
}

/** `newsmine extract`: load → mine → write, reporting every bad input and carrying on. */
export async function extractCommand(paths: string[], flags: ExtractFlags, io: CliIO): Promise<number> {
  if (paths.length === 0) throw new UsageError('no input: give files, folders or globs, or - to read standard input');
  const only: Kind[] | undefined = flags.only !== undefined ? parseKinds(flags.only) : undefined;
  const refDate = flags.refDate !== undefined ? parseRefDate(flags.refDate) : undefined;
  let fields;
  try {
    fields = parseFieldNames(flags.fields);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }

  const toTerminal = !flags.out && Boolean(io.stdout.isTTY);
  const format: FormatName = flags.format ?? (toTerminal ? 'table' : 'json');
  let file: AtomicFile | null = null;
  if (flags.out) {
    try {
      file = new AtomicFile(flags.out);
    } catch (err) {
      io.stderr.write(`newsmine: cannot write ${flags.out}: ${(err as Error).message}\n`);
      return EXIT.usage;
    }
  }
  const sink: Sink = file ?? io.stdout;
  const formatOptions: FormatOptions = { color: !file && useColor(io.stdout, io.env, flags.color), width: io.stdout.columns };
  const formatter = createFormatter(format, formatOptions);
  const writer = new OutputWriter(formatter, sink);

  const mineOptions: MineOptions = { only, refDate, includeText: flags.text };
  const jobs = flags.jobs !== undefined ? parseJobs(flags.jobs) : availableParallelism();
  const progress = io.stderr.isTTY && !flags.quiet ? new Progress(io.stderr, await totalBytes(paths, flags.inputFormat)) : null;
  const maxBytes = flags.maxSize !== undefined ? parseSize(flags.maxSize) : undefined;
  const events = loadInputs(paths, { inputFormat: flags.inputFormat, fields, stdin: io.stdin, maxBytes, signal: io.signal });
  // Peek ahead: a run with a single document is done in-process, so a quick
  // one-file run never pays for starting worker threads.
  const { head, rest } = await peekDocs(events, 2);
  // The main thread mines too, so --jobs N means N threads in all: the main
  // thread and N-1 workers. (N workers beside a busy main thread would put
  // N+1 threads on N cores.)
  let pool: MinePool | null = null;
  if (jobs > 1 && head.filter((e) => e.type === 'doc').length > 1) pool = await createPool(jobs - 1);

  // Documents travel in batches of about 256 KB of text; a batch goes to a
  // worker while one has room and is otherwise mined here (parallel/dispatch.ts).
  const mineHere = (docs: Doc[]) => mineAndRender(docs, mineOptions, formatter);
  const dispatch = pool
    ? createDispatcher<Doc[], BatchResult>({
        hasRoom: () => pool.hasRoom(),
        onWorker: (docs) =>
          pool
            .mineBatch({ docs, options: mineOptions, format, formatOptions })
            // A worker that dies (its heap is capped to keep memory flat, and one huge
            // document can exceed it) costs nothing: its batch is redone here.
            .catch(() => mineHere(docs)),
        here: mineHere,
      })
    : null;
  const mineBatch = async (batch: LoadEvent[]): Promise<Outcome[]> => {
    const docs = batch.flatMap((ev) => (ev.type === 'doc' ? [ev.doc] : []));
    const results: BatchResult = dispatch && docs.length ? await dispatch(docs) : mineHere(docs);
    let k = 0;
    return batch.map((ev) => (ev.type === 'doc' ? { ev, ...results[k++] } : { ev }));
  };
  const batches = pool ? batched(concat(head, rest), weightOf, 256_000, 64) : batched(concat(head, rest), () => 0, 1, 1);

  let failures = 0;
  const say = (line: string) => io.stderr.write(`newsmine: ${line}\n`);
  const where = (p: string, line: number | null) => (line === null ? p : `${p}:${line}`);
  try {
    writer.begin();
    for await (const out of flatten(orderedMap(batches, mineBatch, pool ? jobs * 4 : 1))) {
      if (io.signal?.aborted) break;
      const ev = out.ev;
      if (ev.type === 'error') {
        failures++;
        say(`${where(ev.path, ev.line)}: ${ev.reason}`);
      } else if (ev.type === 'warning') {
        if (!flags.quiet) say(`warning: ${where(ev.path, ev.line)}: ${ev.reason}`);
      } else if ('rendered' in out) {
        writer.write(out.rendered);
        progress?.tick(ev.doc.text.length);
      } else if ('error' in out) {
        // A bug on one document must not cost the user the others.
        failures++;
        say(`${ev.doc.id}: internal error while mining: ${out.error}` + (flags.debug && out.stack ? `\n${out.stack}` : ''));
      }
    }
    progress?.done();
    if (io.signal?.aborted) {
      file?.abort();
      say(file ? `interrupted; ${flags.out} was not written` : 'interrupted');
      return EXIT.interrupted;
    }
    writer.end();
    file?.commit();
  } catch (err) {
    file?.abort();
    throw err;
  } finally {
    await pool?.close();
  }
  if (failures > 0 && !flags.quiet) say(`${failures} input${failures === 1 ? '' : 's'} could not be read; everything else was written`);
  return failures > 0 ? EXIT.inputFailed : EXIT.ok;
}

type Outcome = { ev: LoadEvent } | { ev: LoadEvent; rendered: Rendered } | { ev: LoadEvent; error: string; stack?: string };

const weightOf = (ev: LoadEvent) => (ev.type === 'doc' ? ev.doc.text.length : 0);

async function* flatten<T>(source: AsyncIterable<T[]>): AsyncGenerator<T> {
  for await (const items of source) yield* items;
}

/** Reads events until `docs` documents (or the end) have been seen; returns them and the rest. */
async function peekDocs(source: AsyncGenerator<LoadEvent>, docs: number): Promise<{ head: LoadEvent[]; rest: AsyncGenerator<LoadEvent> }> {
  const head: LoadEvent[] = [];
  let seen = 0;
  while (seen < docs) {
    const next = await source.next();
    if (next.done) break;
    head.push(next.value);
    if (next.value.type === 'doc') seen++;
  }
  return { head, rest: source };
}

async function* concat<T>(head: T[], rest: AsyncIterable<T>): AsyncGenerator<T> {
  yield* head;
  yield* rest;
}

/** Total size of the input files, for the progress bar's ETA (null when unknown, e.g. stdin). */
async function totalBytes(paths: string[], inputFormat: InputFormat | undefined): Promise<number | null> {
  let total = 0;
  for await (const input of expandInputs(paths, inputFormat)) {
    if ('reason' in input) continue;
    if (input.kind === 'stdin') return null;
    total += (await fs.stat(input.path).catch(() => ({ size: 0 }))).size;
  }
  return total;
}
