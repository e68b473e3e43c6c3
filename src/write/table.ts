import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { DocResult } from '../types.js';
import type { Formatter, Totals } from './formatter.js';

export interface TableOptions {
  color: boolean;
  /** Terminal width, to keep long quotes and subjects readable. */
  width?: number;
}

/** For people: per document, a heading and one coloured table per kind that found something. */
export function tableFormatter(options: TableOptions): Formatter {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const wide = Math.max(60, Math.min(options.width ?? 100, 160));
  return {
    begin: () => '',
    separator: '',
    document(doc: DocResult) {
      const sections = [
        section(c, 'Numbers', ['text', 'value', 'kind', 'qualifier', 'unit', 'subject', 'at'], doc.numbers.map((f) => [
          f.text, Array.isArray(f.value) ? `${f.value[0]}–${f.value[1]}` : String(f.value), f.kind, f.approximate, f.unit, f.subject, String(f.start),
        ])),
        section(c, 'Dates', ['text', 'value', 'kind', 'at'], doc.dates.map((f) => [f.text, f.value ?? c.dim('(no reference date)'), f.kind, String(f.start)])),
        section(c, 'People', ['text', 'name', 'title', 'at'], doc.people.map((f) => [f.text, f.name, f.title, String(f.start)])),
        section(c, 'Places', ['text', 'name', 'kind', 'country', 'at'], doc.places.map((f) => [f.text, f.name, f.kind, f.country, String(f.start)])),
        section(c, 'Quotes', ['quote', 'speaker', 'cue', 'kind', 'at'], doc.quotes.map((f) => [
          clip(f.text, wide - 50) + (f.closed ? '' : c.yellow(' (unclosed)')), f.speaker?.name ?? c.dim('unknown'), f.cue, f.kind, String(f.start),
        ])),
      ];
      const shown = sections.filter((s) => s !== null);
      return heading(doc, c) + (shown.length ? shown.join('\n') + '\n' : c.dim('  nothing found\n') + '\n');
    },
    end(totals: Totals) {
      return (
        c.bold(
          `${totals.documents} document${totals.documents === 1 ? '' : 's'}: ${totals.numbers} numbers, ${totals.dates} dates, ` +
            `${totals.people} people, ${totals.places} places, ${totals.quotes} quotes\n`,
        )
      );
    },
  };
}

function heading(doc: DocResult, c: ChalkInstance): string {
  const facts = [doc.title && `“${doc.title}”`, doc.authors.length ? `by ${doc.authors.join(', ')}` : null,
    doc.published && `published ${doc.published}`, doc.referenceDate ? `dates relative to ${doc.referenceDate}` : 'no reference date']
    .filter(Boolean)
    .join(' · ');
  return `\n${c.bold.cyan(doc.id)}\n${c.dim(facts)}\n`;
}

function section(c: ChalkInstance, title: string, head: string[], rows: (string | null)[][]): string | null {
  if (rows.length === 0) return null;
  const table = new Table({
    head: head.map((h) => c.bold(h)),
    style: { head: [], border: [], compact: true },
    wordWrap: true,
  });
  for (const r of rows) table.push(r.map((v) => (v === null ? c.dim('—') : v)));
  return `${c.bold(title)} ${c.dim(`(${rows.length})`)}\n${table.toString()}`;
}

function clip(s: string, max: number): string {
  const m = Math.max(30, max);
  return s.length <= m ? s : s.slice(0, m - 1) + '…';
}
