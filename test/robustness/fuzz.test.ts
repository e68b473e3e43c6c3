import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mine, type TextInput } from '../../src/index.js';
import type { DocResult } from '../../src/types.js';
import { invariantProblems } from '../helpers/invariants.js';
import { INSERTS, applyMutations, mutation } from '../helpers/mutations.js';
import { newsText } from '../helpers/news.js';

// Thousands of random and mutated news texts through mine(), checking what
// must hold for any input: no exception; every offset inside the text and
// slicing (in code points) to the finding's text; findings sorted; quote
// speakers pointing into the text; schema-valid output; the same output twice,
// even with another document mined in between (no state leaks from one
// document to the next).
//
// Seeded and bounded: NEWSMINE_FUZZ_SEED (default below), NEWSMINE_FUZZ_RUNS
// (runs at most) and NEWSMINE_FUZZ_SECONDS (then it stops, whatever the count).
// On failure fast-check prints the seed, the path to replay and the shrunk
// counter-example; the error message gives the mutated text itself.

const SEED = Number(process.env.NEWSMINE_FUZZ_SEED ?? 20250409);
const RUNS = Number(process.env.NEWSMINE_FUZZ_RUNS ?? 5000);
const SECONDS = Number(process.env.NEWSMINE_FUZZ_SECONDS ?? 50);

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The seed articles, the fixture inputs (text and Markdown) and some generated news. */
function corpus(): string[] {
  const texts: string[] = [];
  const seeds = path.join(ROOT, 'seeds');
  for (const f of readdirSync(seeds).sort()) if (f.endsWith('.txt')) texts.push(readFileSync(path.join(seeds, f), 'utf8'));
  const fixtures = path.join(ROOT, 'fixtures');
  for (const d of readdirSync(fixtures, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!d.isDirectory()) continue;
    for (const f of ['input.txt', 'input.md']) {
      try {
        texts.push(readFileSync(path.join(fixtures, d.name, f), 'utf8'));
      } catch {
        // not every fixture is plain text
      }
    }
  }
  for (let k = 1; k <= 8; k++) texts.push(newsText(k, 400 * k));
  return texts;
}

const CORPUS = corpus();

/** One fuzz input: a text and how it is given to mine(). */
interface Case {
  text: string;
  published: string | null;
  refDate: string | null;
}

const text: fc.Arbitrary<string> = fc.oneof(
  // A real article, edited: the most telling inputs, so the most frequent.
  { weight: 6, arbitrary: fc.tuple(fc.nat({ max: CORPUS.length - 1 }), fc.array(mutation, { maxLength: 12 })).map(([i, ms]) => applyMutations(CORPUS[i], ms)) },
  // Generated news of any length, edited.
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat(), fc.integer({ min: 1, max: 6000 }), fc.array(mutation, { maxLength: 8 }))
      .map(([seed, size, ms]) => applyMutations(newsText(seed, size), ms)),
  },
  // Token soup: the inserts and a few words, in any order.
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...INSERTS, 'said', 'the', ' ', 'and', '1', 'x'), { maxLength: 200 }).map((xs) => xs.join('')) },
  // Any code points, and any UTF-16 units (lone surrogates included).
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 }) },
);

const fuzzCase: fc.Arbitrary<Case> = fc.record({
  text,
  // Publication dates in the shapes metadata gives them, and some it should not.
  published: fc.option(fc.constantFrom('2025-04-09', '2025-04-09T20:46:00Z', '1999-12-31', '2025', 'yesterday', ''), { nil: null }),
  refDate: fc.option(fc.constantFrom('2025-04-09', '2024-02-29', '2000-01-01'), { nil: null }),
});

function run(c: Case): DocResult {
  const input: TextInput = { text: c.text, published: c.published };
  return mine(input, { refDate: c.refDate });
}

function describeCase(c: Case): string {
  const t = c.text.length > 4000 ? `${c.text.slice(0, 4000)}… (${c.text.length} chars)` : c.text;
  return `input: ${JSON.stringify(t)}\npublished: ${JSON.stringify(c.published)}, refDate: ${JSON.stringify(c.refDate)}`;
}

describe('fuzz: random and mutated news through mine()', () => {
  it(`keeps every invariant (seed ${SEED}, up to ${RUNS} runs or ${SECONDS} s)`, () => {
    let previous: Case = { text: CORPUS[0], published: null, refDate: null };
    const t0 = performance.now();
    const result = fc.check(
      fc.property(fuzzCase, (c) => {
        const first = run(c);
        const problems = invariantProblems(c.text, first);
        if (problems.length > 0) throw new Error(`${problems.join('\n')}\n${describeCase(c)}`);
        // Another document in between: the same text must give the same output.
        run(previous);
        const again = run(c);
        if (JSON.stringify(again) !== JSON.stringify(first)) throw new Error(`not deterministic: a second run differs\n${describeCase(c)}`);
        previous = c;
      }),
      { seed: SEED, numRuns: RUNS, interruptAfterTimeLimit: SECONDS * 1000, markInterruptAsFailure: false },
    );
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(`fuzz: ${result.numRuns} runs in ${seconds} s (seed ${SEED}${result.interrupted ? ', stopped by the time limit' : ''})`);
    if (result.failed) throw new Error(fc.defaultReportMessage(result) ?? 'fuzz failed');
    // "Thousands of texts": fewer than this means the pipeline got much slower, or the machine is overloaded.
    expect(result.numRuns).toBeGreaterThanOrEqual(Math.min(RUNS, 500));
  }, (SECONDS + 120) * 1000);
});
