import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

const schema = JSON.parse(readFileSync(new URL('../../schema/newsmine-v1.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: true });
const validateOutput = ajv.compile(schema);

/** Validates a whole `--format json` object against the published schema; returns the errors as text. */
export function schemaErrors(output: unknown): string[] {
  if (validateOutput(output)) return [];
  return (validateOutput.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
