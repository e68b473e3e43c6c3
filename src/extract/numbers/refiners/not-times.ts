import type { NumberRefiner } from '../amount.js';
import { L, rx } from '../context.js';

// Clock times and reading times are not quantities: "8:46", "8 p.m.", "0800
// GMT", "3:1" (a ratio written like a time), "2 min read" (page furniture).

const TIME_AFTER = rx('i')`^(?:\s?(?:[ap]\.?m\.?(?![${L}])|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT|hrs\b|o['’]clock)|:\d|\s?min(?:ute)?s?\s+read\b)`;
const TIME_BEFORE = /\d:$/;

export const notTimes: NumberRefiner = (amounts, s) =>
  amounts.filter((a) => {
    if (!a.digits) return true;
    return !TIME_AFTER.test(s.text.slice(a.end, a.end + 14)) && !TIME_BEFORE.test(s.text.slice(Math.max(0, a.start - 2), a.start));
  });
