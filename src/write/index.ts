import { csvFormatter } from './csv.js';
import type { Formatter } from './formatter.js';
import { jsonFormatter, jsonlFormatter } from './json.js';
import type { Sink } from './sink.js';
import { tableFormatter } from './table.js';

export const FORMATS = ['table', 'json', 'jsonl', 'csv'] as const;
export type FormatName = (typeof FORMATS)[number];

export function createFormatter(name: FormatName, out: Sink, options: { color: boolean; width?: number }): Formatter {
  switch (name) {
    case 'json':
      return jsonFormatter(out);
    case 'jsonl':
      return jsonlFormatter(out);
    case 'csv':
      return csvFormatter(out);
    case 'table':
      return tableFormatter(out, options);
  }
}

export type { Formatter, Sink };
export { toContract, SCHEMA_VERSION } from './contract.js';
