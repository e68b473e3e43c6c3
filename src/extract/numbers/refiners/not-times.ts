import type { NumberFilter } from '../amount.js';
import { isDigit, isRegexSpace, L, rx } from '../context.js';

// Clock times and reading times are not quantities: "8:46", "8 p.m.", "0800
// GMT", "3:1" (a ratio written like a time), "2 min read" (page furniture).

const TIME_AFTER = rx('iy')`(?:\s?(?:[ap]\.?m\.?(?![${L}])|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT|hrs\b|o['’]clock)|:\d|\s?min(?:ute)?s?\s+read\b)`;

/** What TIME_AFTER can start with, lower-cased (besides a space and ":"): am/pm, zones, "hrs", "o'clock", "min". */
const TIME_FIRST: ReadonlySet<number> = new Set([...'apgubcehom'].map((c) => c.charCodeAt(0)));

export const notTimes: NumberFilter = (a, s) => {
  if (!a.digits) return true;
  if (s.text[a.start - 1] === ':' && isDigit(s.text[a.start - 2])) return false;
  const c = s.text.charCodeAt(a.end);
  if (c !== 58 && !isRegexSpace(c) && !TIME_FIRST.has(c | 0x20)) return true;
  TIME_AFTER.lastIndex = a.end;
  return !TIME_AFTER.test(s.text);
};
