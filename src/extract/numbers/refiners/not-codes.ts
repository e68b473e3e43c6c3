import type { Amount, NumberRefiner } from '../amount.js';
import { overlapsAny } from '../../refiners.js';

// Phone numbers, account numbers, version strings and IP addresses are digits
// but not amounts: "+44 20 7946 0958", "(555) 123-4567", "1111-2222-3333",
// "192.168.1.2", "2.1.3".

const PHONES = [
  /(?<![\d,.])\+\d{1,3}(?:[ .-]?\(?\d{1,4}\)?){2,5}(?![\d])/g, // international
  /(?<![\d,.])\(\d{2,4}\)[ .-]?\d{3,4}[ .-]\d{3,4}(?!\d)/g, // (555) 123-4567
  /(?<![\d,.-])\d{3}[.-]\d{3}[.-]\d{4}(?![\d-])/g, // 555-123-4567
  /(?<![\d,.])0\d{2,4} \d{3,4} \d{3,4}(?!\d)/g, // 020 7946 0958
  /(?<![\d,.-])\d{2,5}(?:-\d{2,8}){2,}(?![\d])/g, // 1111-22223333-4444
  // 192.168.1.2, 2.1.3. The character before is matched, not looked behind at: a lookbehind leaves recheck
  // only its fuzzer (which once called it quadratic); this form it proves linear. A greedy digit run ends
  // at a non-digit, so the (?!\d) the others need is implied. The group is the code, as for CUED_LOCAL.
  /(?:^|[^\d,.])(\d+(?:\.\d+){2,})/g,
];
const CUED_LOCAL = /\b(?:call|phone|tel|telephone|fax|hotline|dial)\b[^\d]{0,12}(\d{3}[-.]\d{4})(?!\d)/gi;
// Every pattern above has two separators between digit groups, or a "+": skip sentences without.
const MANY_DIGITS = /\d[-.) ]{1,2}\(?\d+[-. ]\d|\+\d/;

export const notCodes: NumberRefiner = (amounts, s) => {
  if (!MANY_DIGITS.test(s.text)) return amounts;
  const blocked: { start: number; end: number }[] = [];
  for (const re of [...PHONES, CUED_LOCAL]) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const start = m.index + (m[1] ? m[0].lastIndexOf(m[1]) : 0);
      blocked.push({ start, end: start + (m[1] ?? m[0]).length });
    }
  }
  return blocked.length === 0 ? amounts : amounts.filter((a: Amount) => !(a.digits && overlapsAny(a, blocked)));
};
