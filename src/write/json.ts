import type { DocResult } from '../types.js';
import { SCHEMA_VERSION } from './contract.js';
import type { Formatter } from './formatter.js';

/**
 * One JSON object `{schemaVersion, documents: [...]}`, written document by
 * document so memory does not grow with the corpus.
 */
export function jsonFormatter(): Formatter {
  return {
    begin: () => `{\n  "schemaVersion": ${SCHEMA_VERSION},\n  "documents": [`,
    document: (doc) => `\n    ${prettyDocument(doc, '    ')}`,
    separator: ',',
    end: (totals) => (totals.documents === 0 ? ']\n}\n' : '\n  ]\n}\n'),
  };
}

/** One document object per line, written as soon as that document is done. */
export function jsonlFormatter(): Formatter {
  return {
    begin: () => '',
    document: (doc) => JSON.stringify(doc) + '\n',
    separator: '',
    end: () => '',
  };
}

/**
 * A document with one key per line and one finding per line: readable in a
 * terminal and diff-friendly, yet much shorter than fully indented JSON.
 */
export function prettyDocument(doc: DocResult, indent = ''): string {
  const inner = indent + '  ';
  const lines = Object.entries(doc).map(([key, value]) => {
    let v: string;
    if (Array.isArray(value) && value.length > 0 && typeof value[0] === 'object' && value[0] !== null) {
      v = `[\n${value.map((item) => `${inner}  ${JSON.stringify(item)}`).join(',\n')}\n${inner}]`;
    } else {
      v = JSON.stringify(value);
    }
    return `${inner}${JSON.stringify(key)}: ${v}`;
  });
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
