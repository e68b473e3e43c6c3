// Furniture that is only recognisable by its neighbours: the items under a
// "News Feed" heading, a promo line above "pre-order now", a newsletter's name
// between two "* indicates required", a teaser (headline + standfirst) just
// before a box of other articles. Works on the list of lines, in linear time.
import type { LineKind } from './lines.js';
import { countWords } from './words.js';

export interface Line {
  text: string;
  kind: LineKind | null;
  /** True when a blank line separates this line from the previous one. */
  blankBefore: boolean;
}

/** Non-furniture lines a header's box may hold between two furniture lines. */
const MAX_BOX_GAP = 4;
/** A box that runs to the end of the text holds at most this many short items. */
const MAX_TAIL_ITEMS = 12;
const MAX_ITEM_WORDS = 80;
/** A label squeezed between furniture lines ("Explaining Ukraine with Kate Tsurkan"). */
const MAX_LABEL_WORDS = 12;
const MAX_PROMO_WORDS = 25;

/** Marks, in place, the lines that belong to a furniture block. Returns which lines are furniture. */
export function furnitureBlocks(lines: Line[]): boolean[] {
  const furn = lines.map((l) => l.kind !== null);
  const n = lines.length;
  for (let i = 0; i < n; i++) {
    const kind = lines[i].kind;
    if (kind === 'header') boxAfterHeader(lines, furn, i);
    if (kind === 'sales' && i > 0 && !furn[i - 1] && isPromo(lines, i - 1)) furn[i - 1] = true;
  }
  squeezedLabels(lines, furn);
  teasers(lines, furn);
  trailingHeadlines(lines, furn);
  return furn;
}

/**
 * The items under a header run to the last furniture line that follows within
 * a few lines (a feed's timestamps, its "MORE NEWS" link), chaining while the
 * gaps stay short; a box at the very end of the text takes its last items too.
 */
function boxAfterHeader(lines: Line[], furn: boolean[], h: number): void {
  let last = h;
  for (let j = h + 1; j < lines.length && j - last <= MAX_BOX_GAP + 1; j++) {
    if (lines[j].kind !== null) last = j;
    else if (countWords(lines[j].text, MAX_ITEM_WORDS + 1) > MAX_ITEM_WORDS) break;
  }
  for (let k = h + 1; k < last; k++) furn[k] = true;
  const rest = lines.length - last - 1;
  if (rest === 0 || rest > MAX_TAIL_ITEMS) return;
  for (let k = last + 1; k < lines.length; k++) if (countWords(lines[k].text, MAX_ITEM_WORDS + 1) > MAX_ITEM_WORDS) return;
  for (let k = last + 1; k < lines.length; k++) furn[k] = true;
}

/** A promo sits in the page's top lines (a banner), or is glued to its call without a blank line. */
function isPromo(lines: Line[], i: number): boolean {
  if (countWords(lines[i].text, MAX_PROMO_WORDS + 1) > MAX_PROMO_WORDS) return false;
  return i < 3 || !lines[i + 1].blankBefore;
}

/**
 * Short labels between furniture lines join them, except the first line of
 * article text and a line just above a byline: both are the headline.
 */
function squeezedLabels(lines: Line[], furn: boolean[]): void {
  const headline = lines.findIndex((l) => l.kind === null);
  for (let i = 1; i < lines.length - 1; i++) {
    if (furn[i] || !furn[i - 1] || i === headline || lines[i + 1].kind === 'byline') continue;
    let j = i;
    while (j < lines.length && !furn[j] && j - i < 2 && isLabel(lines[j].text)) j++;
    if (j < lines.length && j > i && furn[j]) for (let k = i; k < j; k++) furn[k] = true;
  }
}

/**
 * A teaser for another article: a headline-shaped line with its standfirst
 * glued below it (no blank line), standing right before a box of other
 * articles. Walks back so a run of teasers goes together. The document's first
 * lines are never teasers: that is the article's own headline.
 */
function teasers(lines: Line[], furn: boolean[]): void {
  const first = furn.indexOf(false);
  for (let b = 2; b < lines.length; b++) {
    if (!furn[b] || furn[b - 1] || lines[b].kind !== 'header') continue;
    let end = b;
    while (end - 2 > first + 1 && !furn[end - 1] && !furn[end - 2]) {
      const head = lines[end - 2];
      const stand = lines[end - 1];
      // A teaser starts its own block: after a blank line, or right after other furniture.
      const opens = head.blankBefore || furn[end - 3] === true;
      if (stand.blankBefore || !opens || !isHeadline(head.text)) break;
      furn[end - 1] = furn[end - 2] = true;
      end -= 2;
    }
  }
}

/**
 * Links to other articles left at the very end: two or more headline-shaped
 * lines, each a paragraph of its own, after the article's last sentence.
 */
function trailingHeadlines(lines: Line[], furn: boolean[]): void {
  let end = lines.length;
  while (end > 0 && furn[end - 1]) end--;
  let start = end;
  while (start > 0 && !furn[start - 1] && lines[start - 1].blankBefore && isHeadline(lines[start - 1].text) && countWords(lines[start - 1].text, 4) >= 4) start--;
  if (end - start < 2 || start === 0 || !/[.!?…"”’)]$/u.test(lines[start - 1].text)) return;
  for (let k = start; k < end; k++) furn[k] = true;
}

function isLabel(text: string): boolean {
  return countWords(text, MAX_LABEL_WORDS + 1) <= MAX_LABEL_WORDS && !/[.!?…"”’)]$/u.test(text);
}

function isHeadline(text: string): boolean {
  return countWords(text, 31) <= 30 && !/[.!?…:;,]["”’)]*$/u.test(text) && /^[\p{Lu}\p{N}'‘’"“]/u.test(text);
}
