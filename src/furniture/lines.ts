// One line of text to its furniture class, or null for article text.
import { parseByline, parseDateline } from './byline.js';
import { isCopyright, isCredit, isSyndication } from './credits.js';
import { BLOCK_HEADER, TAG_LIST, TEASER_LINK } from './headers.js';
import { ADVERT, AUDIO, MEDIA_LABEL, MORE_LINK, NAVIGATION, READING_TIME, SALES_CALL, SHARE, SUBSCRIBE, TIMESTAMP } from './prompts.js';

/**
 * - `line`: furniture on its own (a prompt, a credit, a label);
 * - `header`: the heading of a box of other articles, whose items follow it;
 * - `sales`: a call to buy or join, which also takes the promo line above it;
 * - `byline`: names and/or a date, which also fill `authors`/`published`.
 */
export type LineKind = 'line' | 'header' | 'sales' | 'byline';

const LINE_PATTERNS: readonly RegExp[] = [SUBSCRIBE, SHARE, ADVERT, NAVIGATION, MEDIA_LABEL, MORE_LINK, AUDIO, READING_TIME, TIMESTAMP, TEASER_LINK, TAG_LIST];
/**
 * The same patterns as one regex (all are whole-line, flags "iu"): one match
 * attempt per line instead of eleven calls, on every short line of every page.
 */
if (LINE_PATTERNS.some((re) => re.flags !== 'iu')) throw new Error('furniture: every line pattern must have the flags "iu" to be joined into one');
const ANY_LINE_PATTERN = new RegExp(LINE_PATTERNS.map((re) => `(?:${re.source})`).join('|'), 'iu');

/**
 * Longer than this, a line is prose whatever it starts with (captions are checked separately). It
 * also bounds the input of the line patterns tried under it (the regex audit's 'bounded' entries rely on it).
 */
const MAX_LABEL = 260;

export function classifyLine(line: string): LineKind | null {
  if (line.length <= MAX_LABEL) {
    if (BLOCK_HEADER.test(line)) return 'header';
    if (SALES_CALL.test(line)) return 'sales';
    if (ANY_LINE_PATTERN.test(line)) return 'line';
    if (isCopyright(line) || isSyndication(line)) return 'line';
    if (parseByline(line) || parseDateline(line)) return 'byline';
  }
  return isCredit(line) ? 'line' : null;
}
