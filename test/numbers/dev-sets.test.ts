import { describe, expect, it } from 'vitest';
import { DEV_DIR, sharedFile } from '../../bench/shared.js';
import { scorer as currencyScorer } from '../../bench/score/currency-cases.js';
import { exclusion, scorer as numbersScorer, type SpecCase } from '../../bench/score/numbers-cases.js';

// The Recognizers-Text dev cases, as a regression floor. Skipped when
// ../shared/ is not beside the repository.
const haveNumbers = sharedFile('dev', 'numbers-cases-dev.jsonl') !== null;
const haveCurrency = sharedFile('dev', 'currency-cases-dev.jsonl') !== null;

function metric(rows: { metric: string; value: number }[], name: string): number {
  return rows.find((r) => r.metric === name)!.value;
}

describe('Recognizers-Text dev cases', () => {
  it.skipIf(!haveNumbers)('numbers: span F1 and value accuracy at least 0.9', async () => {
    const rows = await numbersScorer.run(DEV_DIR);
    expect(metric(rows, 'span F1 (strict)')).toBeGreaterThanOrEqual(0.9);
    expect(metric(rows, 'value accuracy (matched spans)')).toBeGreaterThanOrEqual(0.9);
  });

  it.skipIf(!haveCurrency)('currency: span F1 and value accuracy at least 0.9', async () => {
    const rows = await currencyScorer.run(DEV_DIR);
    expect(metric(rows, 'span F1 (strict)')).toBeGreaterThanOrEqual(0.9);
    expect(metric(rows, 'value accuracy (matched spans)')).toBeGreaterThanOrEqual(0.9);
  });
});

describe('scorer exclusions (out of contract), decided from the gold and input only', () => {
  const c = (input: string, text: string, type = 'number', value: unknown = 1): [SpecCase, SpecCase['spans'][0]] => {
    const start = input.indexOf(text);
    const g = { start, end: start + text.length, text, type, value };
    return [{ id: 't', suite: 'NumberModel', input, spans: [g] }, g];
  };
  it.each([
    [c('earn $2000 over 3 years', '3'), 'duration'],
    [c('192.168.1.2', '168'), 'dotted address or version'],
    [c('SCP-173', '173'), 'inside a name'],
    [c('Show me the next one', 'next', 'ordinal.relative', 'current+1'), 'value is not a number'],
    [c('forty two and a third', 'third', 'ordinal', 3), 'fraction denominator'],
    [c('It is 3 apples', '3'), null],
  ])('%j → %s', ([sc, g], why) => {
    expect(exclusion(sc, g)).toBe(why);
  });
});
