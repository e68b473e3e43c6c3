import { csvFormatter } from './csv.js';
import { countsOf, emptyTotals, type Formatter, type Totals } from './formatter.js';
import { jsonFormatter, jsonlFormatter } from './json.js';
import type { Sink } from './sink.js';
import { tableFormatter } from './table.js';

export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface FormatOptions {
  color: boolean;
  width?: number;
}

export function createFormatter(name: FormatName, options: FormatOptions): Formatter {
  switch (name) {
    case 'json':
      return jsonFormatter();
    case 'jsonl':
      return jsonlFormatter();
    case 'csv':
      return csvFormatter();
    case 'table':
      return tableFormatter(options);
  }
}

/** A document already rendered by a formatter (possibly in a worker), with its counts. */
export interface Rendered {
  text: string;
  counts: Totals;
}

/** Writes rendered documents to a sink in order: the one place output is assembled. */
export class OutputWriter {
  private totals = emptyTotals();

  constructor(
    private readonly formatter: Formatter,
    private readonly sink: Sink,
  ) {}

  begin(): void {
    this.sink.write(this.formatter.begin());
  }

  write(doc: Rendered): void {
    this.sink.write(this.totals.documents > 0 ? this.formatter.separator + doc.text : doc.text);
    for (const k of Object.keys(this.totals) as (keyof Totals)[]) this.totals[k] += doc.counts[k];
  }

  end(): void {
    this.sink.write(this.formatter.end(this.totals));
  }
}

export function render(formatter: Formatter, doc: Parameters<Formatter['document']>[0]): Rendered {
  return { text: formatter.document(doc), counts: countsOf(doc) };
}

export type { Formatter, Sink, Totals };
export { toContract, SCHEMA_VERSION } from './contract.js';
