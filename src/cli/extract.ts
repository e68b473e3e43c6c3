import { loadInputs, parseFieldNames, type InputFormat } from '../load/index.js';
import { mineDoc } from '../pipeline.js';
import type { Kind } from '../types.js';
import { createFormatter, type FormatName, type Sink } from '../write/index.js';
import { AtomicFile } from './atomic-file.js';
import { EXIT, UsageError, useColor, type CliIO } from './io.js';
import { parseKinds, parseRefDate } from './options.js';

export interface ExtractFlags {
  format?: FormatName;
  only?: string;
  text?: boolean;
  refDate?: string;
  inputFormat?: InputFormat;
  fields?: string;
  out?: string;
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
  const formatter = createFormatter(format, sink, {
    color: !file && useColor(io.stdout, io.env, flags.color),
    width: io.stdout.columns,
  });

  let failures = 0;
  const say = (line: string) => io.stderr.write(`newsmine: ${line}\n`);
  try {
    formatter.begin();
    for await (const ev of loadInputs(paths, { inputFormat: flags.inputFormat, fields, stdin: io.stdin })) {
      const where = (p: string, line: number | null) => (line === null ? p : `${p}:${line}`);
      if (ev.type === 'error') {
        failures++;
        say(`${where(ev.path, ev.line)}: ${ev.reason}`);
      } else if (ev.type === 'warning') {
        if (!flags.quiet) say(`warning: ${where(ev.path, ev.line)}: ${ev.reason}`);
      } else {
        try {
          formatter.document(mineDoc(ev.doc, { only, refDate, includeText: flags.text }));
        } catch (err) {
          // A bug on one document must not cost the user the others.
          failures++;
          say(`${ev.doc.id}: internal error while mining: ${(err as Error).message}` + (flags.debug ? `\n${(err as Error).stack}` : ''));
        }
      }
    }
    formatter.end();
    file?.commit();
  } catch (err) {
    file?.abort();
    throw err;
  }
  if (failures > 0 && !flags.quiet) say(`${failures} input${failures === 1 ? '' : 's'} could not be read; everything else was written`);
  return failures > 0 ? EXIT.inputFailed : EXIT.ok;
}
