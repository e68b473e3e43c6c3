import type { NumberFilter } from '../amount.js';
import { isDigit, L, rx } from '../context.js';

// Clock times and reading times are not quantities: "8:46", "8 p.m.", "0800
// GMT", "3:1" (a ratio written like a time), "2 min read" (page furniture).

const TIME_AFTER = rx('iy')`(?:\s?(?:[ap]\.?m\.?(?![${L}])|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT|hrs\b|o['’]clock)|:\d|\s?min(?:ute)?s?\s+read\b)`;

export const notTimes: NumberFilter = (a, s) => {
  if (!a.digits) return true;
  if (s.text[a.start - 1] === ':' && isDigit(s.text[a.start - 2])) return false;
  TIME_AFTER.lastIndex = a.end;
  return !TIME_AFTER.test(s.text);
};
