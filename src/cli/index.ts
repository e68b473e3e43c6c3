import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { INPUT_FORMATS } from '../load/index.js';
import { FORMATS } from '../write/index.js';
import { checkCommand, type CheckFlags } from './check.js';
import { extractCommand, type ExtractFlags } from './extract.js';
import { EXIT, UsageError, type CliIO } from './io.js';

const VERSION = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The whole command line as a function: parse argv, run a command, return the exit code. */
export async function run(io: CliIO): Promise<number> {
  let code: number = EXIT.ok;
  const debug = io.argv.includes('--debug');
  const program = new Command('newsmine')
    .description('Mine English news text for numbers, dates, people, places and quotes.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      writeErr: (s) => void io.stderr.write(s),
    });

  program
    .command('extract')
    .description('find numbers, dates, people, places and quotes in files, folders, globs or - (stdin)')
    .argument('[paths...]', 'files, folders (recursed), globs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json otherwise)').choices(FORMATS))
    .option('--only <kinds>', 'comma-separated kinds to extract: numbers,dates,people,places,quotes')
    .option('--text', 'include each document\'s text in the output, so offsets can be sliced with jq')
    .option('--ref-date <date>', 'date that relative expressions resolve against when a document has none (YYYY-MM-DD)')
    .addOption(new Option('--input-format <format>', 'read inputs as this format instead of guessing from the extension').choices(INPUT_FORMATS))
    .option('--fields <map>', 'record field names for JSON/JSONL, e.g. text=body,id=uuid,published=date')
    .option('-o, --out <file>', 'write to FILE (atomically: it appears only when complete)')
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores; 1 runs in-process)')
    .option('--max-size <size>', 'refuse files larger than this as one document (default: 50MB; JSONL: per record)')
    .option('--no-color', 'no colours in the table output')
    .option('-q, --quiet', 'no warnings or summary on stderr (errors are still reported)')
    .option('--debug', 'show stack traces for internal errors')
    .addHelpText('after', `
Exit codes: 0 success, 2 usage error, 3 some inputs could not be read (the rest were written).

Examples:
  newsmine extract seeds/
  newsmine extract seeds/ --format json | jq '.documents[].quotes[] | {text, speaker: .speaker.name}'
  newsmine extract 'news/**/*.txt' --only people,places --format csv --out people.csv
  cat article.txt | newsmine extract - --ref-date 2025-04-11`)
    .action(async (paths: string[], flags: ExtractFlags) => {
      code = await extractCommand(paths, flags, io);
    });

  program
    .command('check')
    .description('score fixture cases (input.txt + expected.json) against what newsmine finds')
    .argument('[paths...]', 'case folders or folders of cases (recursed)', ['fixtures'])
    .option('--min-f1 <floors>', 'pass when F1 reaches the floor: 0.9 for every kind, or numbers=0.95,quotes=0.6 per kind')
    .option('--kinds <kinds>', 'score only these: numbers,dates,people,places,quotes,sentences,paragraphs,boilerplate,document')
    .option('--update', 'rewrite each expected.json from the current output (for snapshot fixtures; review the diff)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['table', 'json']).default('table'))
    .option('--no-color', 'no colours in the report')
    .option('-q, --quiet', 'only the table and the verdict, not each difference')
    .option('--debug', 'show stack traces for internal errors')
    .addHelpText('after', `
Without --min-f1 any difference from expected.json fails the check.
Exit codes: 0 pass, 1 a check failed (or a case is broken), 2 usage error or no case could be checked.

Examples:
  newsmine check                                  # every case under fixtures/
  newsmine check fixtures/ --min-f1 numbers=0.95,dates=0.9
  newsmine check fixtures/my-case --kinds quotes
  newsmine check fixtures/ --format json | jq '.kinds.quotes.f1'
  newsmine check snapshots/ --update && git diff snapshots/`)
    .action(async (paths: string[], flags: CheckFlags) => {
      code = await checkCommand(paths, flags, io);
    });

  try {
    await program.parseAsync([...io.argv], { from: 'user' });
    if (io.argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT.usage;
    }
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help'
        ? EXIT.ok
        : EXIT.usage;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`newsmine: ${err.message}\n(run with --help for usage)\n`);
      return EXIT.usage;
    }
    io.stderr.write(`newsmine: internal error: ${(err as Error).message}\n`);
    if (debug) io.stderr.write(`${(err as Error).stack}\n`);
    else io.stderr.write('(run with --debug for details, and please report it)\n');
    return EXIT.inputFailed;
  }
  return code;
}
