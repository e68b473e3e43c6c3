import type { NumberFilter } from '../amount.js';
import { wordAfter, wordBefore } from '../context.js';

// "one" as a pronoun is not a number: "no one", "the one who", "this one",
// "one another", "one can", "one by one". "one of the soldiers" stays a number.

const DETERMINERS = new Set(['the', 'no', 'any', 'every', 'each', 'this', 'that', 'which', 'another', 'only', 'last', 'next', 'such', 'little', 'big', 'new', 'old', 'right', 'wrong', 'same', 'someone', 'everyone', 'anyone', 'other', 'whichever', 'current', 'previous', 'first', 'second', 'third', 'latest', 'former']);
const PRONOUN_FOLLOWERS = new Set(['another', 'can', 'could', 'would', 'should', 'must', 'may', 'might', 'will', 'shall', 'needs', 'cannot', "can't", 'by', 'who', 'whom']);

export const notPronounOne: NumberFilter = (a, s) => {
  if (a.digits || a.value !== 1 || a.end - a.start !== 3) return true;
  if (s.text.slice(a.start, a.end).toLowerCase() !== 'one') return true;
  const prev = wordBefore(s.text, a.start);
  if (prev && /^\s+$/.test(s.text.slice(prev.end, a.start)) && DETERMINERS.has(prev.word.toLowerCase())) return false;
  // "one by one": the second "one" repeats the first.
  if (prev && prev.word.toLowerCase() === 'by' && /\bone\s+by\s+$/i.test(s.text.slice(Math.max(0, a.start - 10), a.start))) return false;
  const next = wordAfter(s.text, a.end);
  if (next && /^\s+$/.test(s.text.slice(a.end, next.start)) && PRONOUN_FOLLOWERS.has(next.word.toLowerCase())) return false;
  return true;
};
