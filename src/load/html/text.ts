// An element tree to plain text the rest of newsmine can segment: one
// paragraph per block element, separated by a blank line; list items, table
// rows and <br> on lines of their own. The segmenter treats every line as a
// paragraph, so a heading never runs into the sentence after it.
import { isElement, TEXT_NODE, type DomNode } from './dom.js';

/** Elements that end a paragraph: a blank line before and after. */
const PARAGRAPH = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'TABLE', 'UL', 'OL', 'DL', 'HR', 'ADDRESS', 'DETAILS', 'FORM',
  'FIELDSET', 'CENTER', 'HGROUP', 'PICTURE', 'VIDEO', 'AUDIO',
]);
/** Elements that start a new line but not a new paragraph. */
const LINE = new Set(['LI', 'TR', 'DT', 'DD', 'BR', 'SUMMARY', 'CAPTION']);
/** Elements whose content is never article text. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'BUTTON', 'SELECT',
  'INPUT', 'TEXTAREA', 'HEAD', 'TITLE', 'META', 'LINK',
]);
const CELL = new Set(['TD', 'TH']);

const LINE_BREAK = 1;
const PARA_BREAK = 2;

class Builder {
  private out: string[] = [];
  private pending = 0;
  private lineHasText = false;

  text(s: string, pre: boolean): void {
    if (!pre) s = s.replace(/[\s\u00a0]+/g, ' ');
    if (!this.lineHasText) s = s.replace(/^ +/, '');
    if (s === '') return;
    if (this.pending && this.out.length) this.out.push(this.pending === PARA_BREAK ? '\n\n' : '\n');
    this.pending = 0;
    if (pre) {
      // Preformatted lines are kept, so each becomes a line of the paragraph.
      this.out.push(s.replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n'));
    } else {
      this.out.push(s);
    }
    this.lineHasText = true;
  }

  brk(kind: number): void {
    if (this.out.length) this.pending = Math.max(this.pending, kind);
    this.lineHasText = false;
  }

  cell(): void {
    if (this.lineHasText) this.out.push('\t');
  }

  result(): string {
    return this.out
      .join('')
      // From the start of a run of spaces only: otherwise every space of a long run not followed by a newline rescans it.
      .replace(/(?<![ \t])[ \t]+\n/g, '\n')
      .replace(/\n[ \t]+/g, '\n')
      .trim();
  }
}

/** The text of `root` with paragraphs separated by blank lines. */
export function toText(root: DomNode): string {
  const b = new Builder();
  walk(root, b, false);
  return b.result();
}

function walk(node: DomNode, b: Builder, pre: boolean): void {
  if (node.nodeType === TEXT_NODE) {
    b.text(node.textContent ?? '', pre);
    return;
  }
  if (!isElement(node)) {
    for (const child of Array.from(node.childNodes)) walk(child, b, pre);
    return;
  }
  const tag = node.tagName.toUpperCase();
  if (SKIP.has(tag) || node.hasAttribute('hidden')) return;
  if (tag === 'BR') {
    b.brk(LINE_BREAK);
    return;
  }
  const block = PARAGRAPH.has(tag) ? PARA_BREAK : LINE.has(tag) ? LINE_BREAK : 0;
  if (block) b.brk(block);
  if (CELL.has(tag)) b.cell();
  const inPre = pre || tag === 'PRE';
  for (const child of Array.from(node.childNodes)) walk(child, b, inPre);
  if (block) b.brk(block);
}
