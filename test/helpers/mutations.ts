import fc from 'fast-check';

// Mutations of news text for the fuzz test: each is a small edit at a
// position given as a fraction of the text, so that fast-check can shrink a
// failing list of edits to the one that matters and the edit stays meaningful
// whatever the length of the text it lands in.

/** Things news pipelines trip over, inserted one at a time. */
export const INSERTS = [
  // quote marks, straight and curly, single and double, guillemets
  '"', '“', '”', '‘', '’', "'", '«', '»', '„',
  // digits and number shapes
  '0', '7', '1,000', '3.5', '1,000,000 ', '$', '€', '%', '12th', '½', '-', '–', '—',
  // capitals, titles, abbreviations, dates
  'Kyiv', 'KYIV', 'Mr. ', 'Dr.', 'U.S.', 'April 9, 2025', 'Monday', 'Zelensky', 'Volodymyr Zelensky said ', 'A', 'I',
  // layout
  '\n', '\n\n', '\r\n', '\r', '\t', ' ', '\u00a0', '. ', '? ', '!',
  // astral, zero-width, direction marks, BOM, NUL, lone surrogates, combining marks
  '😀', '𝒳', '🇺🇦', '👩‍👩‍👧', '\u200b', '\u200d', '\u200f', '\u202e', '\ufeff', '\u0000', '\ud800', '\udfff', 'e\u0301',
  // brackets
  '(', ')', '[', ']',
] as const;

export type Mutation =
  | { op: 'insert'; at: number; what: string }
  | { op: 'delete'; at: number; length: number }
  | { op: 'duplicate'; at: number; length: number }
  | { op: 'splice'; from: number; length: number; to: number }
  | { op: 'crlf' }
  | { op: 'upper'; at: number; length: number };

const frac = fc.double({ min: 0, max: 1, noNaN: true });
const len = fc.integer({ min: 1, max: 400 });

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ op: fc.constant('insert' as const), at: frac, what: fc.constantFrom(...INSERTS) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('delete' as const), at: frac, length: len }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: frac, length: len }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('splice' as const), from: frac, length: len, to: frac }) },
  { weight: 1, arbitrary: fc.constant({ op: 'crlf' as const }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('upper' as const), at: frac, length: len }) },
);

/** Applies one mutation. Positions are UTF-16 indices: cutting a surrogate pair in half is one of the things tested. */
export function applyMutation(text: string, m: Mutation): string {
  const pos = (f: number): number => Math.min(text.length, Math.floor(f * (text.length + 1)));
  switch (m.op) {
    case 'insert': {
      const i = pos(m.at);
      return text.slice(0, i) + m.what + text.slice(i);
    }
    case 'delete': {
      const i = pos(m.at);
      return text.slice(0, i) + text.slice(i + m.length);
    }
    case 'duplicate': {
      const i = pos(m.at);
      return text.slice(0, i + m.length) + text.slice(i, i + m.length) + text.slice(i + m.length);
    }
    case 'splice': {
      const i = pos(m.from);
      const piece = text.slice(i, i + m.length);
      const rest = text.slice(0, i) + text.slice(i + m.length);
      const j = Math.min(rest.length, Math.floor(m.to * (rest.length + 1)));
      return rest.slice(0, j) + piece + rest.slice(j);
    }
    case 'crlf':
      return text.replace(/\n/g, '\r\n');
    case 'upper': {
      const i = pos(m.at);
      return text.slice(0, i) + text.slice(i, i + m.length).toUpperCase() + text.slice(i + m.length);
    }
  }
}

export function applyMutations(text: string, ms: readonly Mutation[]): string {
  return ms.reduce(applyMutation, text);
}
