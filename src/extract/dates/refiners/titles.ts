import type { Context } from '../../context.js';
import type { DateCandidate } from '../types.js';

// Programme and book titles made of time words: ABC's "This Week", CBS's
// "60 Minutes", "The Next 100 Years". News writes a calendar unit in lower
// case ("this week"), so a capitalised one inside running text is a title.
// It is running text when the word before is lower case or the expression
// opens a quotation; a Title Case headline ("Talks To Resume Next Week")
// has a capitalised word before it and is kept.
const CAPITALISED_UNIT = /\b(?:Seconds?|Minutes?|Hours?|Days|Weeks?|Months?|Years?)\b/;
const BEFORE = /(?:(?:^|[^\p{L}])\p{Ll}[\p{L}'’.-]*|[“"‘'`]+)\s*$/u;

export function dropTitles(found: DateCandidate[], ctx: Context): DateCandidate[] {
  return found.filter((c) => {
    if (!CAPITALISED_UNIT.test(c.text)) return true;
    const before = ctx.text.slice(Math.max(0, c.start - 30), c.start);
    // A sentence may open with it ("Year-earlier net rose").
    if (/(?:^|[.!?]["”’)]?)\s*$/.test(before)) return true;
    return !BEFORE.test(before);
  });
}
