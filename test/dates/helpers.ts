import { expect, it } from 'vitest';
import { mine } from '../../src/index.js';

/** [text, value] of every date found in `input`, resolved against `ref`. */
export function found(input: string, ref: string | null = '2025-04-09'): [string, string | null][] {
  return mine(input, { only: ['dates'], refDate: ref }).dates.map((d) => [d.text, d.value]);
}

/** [text, kind, value] of every date found. */
export function foundKinds(input: string, ref: string | null = '2025-04-09'): [string, string, string | null][] {
  return mine(input, { only: ['dates'], refDate: ref }).dates.map((d) => [d.text, d.kind, d.value]);
}

export type Positive = [input: string, expected: [string, string | null][], ref?: string];

/** One `it` per row: the input yields exactly the expected [text, value] findings. */
export function positives(rows: Positive[]): void {
  for (const [input, expected, ref] of rows) {
    it(`finds ${JSON.stringify(expected.map((e) => e[0]))} in ${JSON.stringify(input)}`, () => {
      expect(found(input, ref ?? '2025-04-09')).toEqual(expected);
    });
  }
}

/** One `it` per row: nothing is a date. */
export function negatives(rows: string[]): void {
  for (const input of rows) {
    it(`finds no date in ${JSON.stringify(input)}`, () => {
      expect(found(input)).toEqual([]);
    });
  }
}
