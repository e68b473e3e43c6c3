// Bylines as pages show them: microdata (`itemprop="author"`), `<a rel="author">`,
// elements whose class or id says byline/author/writer (".byline",
// ".author-name", ".c-byline__author"), and, failing all markup, a short
// element whose text reads "By Jane Doe and John Smith". Each source gives the
// raw strings of one byline; the names are cleaned by `parseAuthors`.
import type { DomDocument, DomElement, DomNode } from '../dom.js';
import { parseAuthors } from './authors.js';
import { articleFirst, articleScopes, bodyElements, elsewhere, hasToken, parentElement, shortText } from './scope.js';

/** Class or id naming a byline element. */
const BYLINE_CLASS = /byline|by-line|author|writer|contributor|reporter|posted-?by|creator/i;
/** ... but not its picture, biography, follow button or date. */
const NOT_NAME_CLASS = /avatar|image|img|photo|pic|bio|about|desc|follow|social|twitter|email|mail|more|date|time|icon|label|title|role|job|position|count|link-list|tooltip|hidden|sr-only/i;
/** A visible byline's lead word ("By", "Par", "Von", "Por", "Door", "Di"). */
const LEAD_TEXT = /^\s*(?:(?:written|reporting|reported|words|story)\s+by|by|par|von|por|door|di)\s+\S/i;
const TEXT_TAGS = /^(?:P|SPAN|DIV|ADDRESS|LI|EM|STRONG|B|SMALL|H[2-6]|FONT|TD|SECTION|HEADER)$/;

function textOf(el: DomElement): string {
  const content = el.getAttribute('content');
  return (content ?? spacedText(el)).replace(/\s+/g, ' ').trim();
}

const BLOCK = /^(?:DIV|P|LI|UL|OL|H[1-6]|SECTION|HEADER|FOOTER|TABLE|TR|TD|DL|DT|DD|FIGURE|ADDRESS)$/;

/**
 * The element's text, with " | " where two child elements touch with no text
 * between them: `<a>Ben Silverman</a><span>Games Editor</span>` is a name and
 * a job, not "Ben Silverman Games Editor".
 */
function spacedText(node: DomNode): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 || /^(?:SCRIPT|STYLE|NOSCRIPT|svg)$/i.test(node.nodeName)) return '';
  let out = '';
  let prevElement = false;
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 1 && child.nodeName === 'BR') out += ' | ';
    const t = spacedText(child);
    if (!t.trim()) continue;
    const isElement = child.nodeType === 1;
    const block = isElement && BLOCK.test(child.nodeName);
    if (out.trim() && (block || (isElement && prevElement && !/\s$/.test(out) && !/^\s/.test(t)))) out += ' | ';
    out += t;
    if (block) out += ' | ';
    prevElement = isElement;
  }
  return out;
}

/**
 * Raw byline strings from markup, one list per source in order of trust:
 * microdata, rel=author links, then byline-classed elements. Only the first
 * cluster of a source is kept (the elements inside the first one's byline
 * block), so a sidebar's bylines do not join the article's.
 */
export function markedBylines(doc: DomDocument): Array<{ raw: string[]; declared: boolean }> {
  const out: Array<{ raw: string[]; declared: boolean }> = [];
  const scopes = articleScopes(doc);
  const micro = cluster(doc, (el) => hasToken(el, 'itemprop', 'author'), scopes).map((el) => {
    const named = el.querySelectorAll('[itemprop~="name"]');
    return named.length ? Array.from(named).map(textOf).join(', ') : textOf(el);
  });
  out.push({ raw: micro.filter((t) => t && t.length <= 150), declared: true });
  out.push({ raw: cluster(doc, (el) => el.tagName === 'A' && hasToken(el, 'rel', 'author'), scopes).map(textOf).filter((t) => t && t.length <= 100), declared: true });
  out.push({ raw: classedByline(doc, scopes), declared: false });
  return out.filter((x) => x.raw.length > 0);
}

/** The `wanted` elements that sit in the same byline block as the first usable one. */
function cluster(doc: DomDocument, wanted: (el: DomElement) => boolean, scopes: readonly DomElement[]): DomElement[] {
  const all = articleFirst(bodyElements(doc).filter(wanted), scopes).filter((el) => !elsewhere(el) && textOf(el));
  if (!all.length) return [];
  let block: DomElement = all[0];
  for (let i = 0; i < 3; i++) {
    const up = parentElement(block);
    if (!up || (up.textContent ?? '').length > 400) break;
    block = up;
  }
  return all.filter((el) => el === all[0] || block.contains(el));
}

/** The first byline-classed element whose text names someone, e.g. ".byline" "By Jane Doe and John Smith". */
function classedByline(doc: DomDocument, scopes: readonly DomElement[]): string[] {
  const classed = bodyElements(doc).filter((el) => {
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    return BYLINE_CLASS.test(cls) && !NOT_NAME_CLASS.test(cls.replace(BYLINE_CLASS, ''));
  });
  for (const el of articleFirst(classed, scopes)) {
    if (/^(?:META|LINK|SCRIPT|STYLE|IMG|BODY|HTML|ARTICLE|MAIN)$/.test(el.tagName)) continue;
    if (shortText(el, 150) === null || elsewhere(el)) continue;
    const t = textOf(el);
    const a = parseAuthors(t, { strict: true });
    if (t && t.length <= 150 && (a.people.length || a.orgs.length)) return [t];
  }
  return [];
}

/**
 * A byline written as plain text in an unmarked element ("<p>By Jane Doe and
 * John Smith</p>"): the element's first text must start with "By" and every
 * chunk after it be a name, an outlet or a job, so "By Tuesday, the army had
 * withdrawn" is a sentence, not a byline.
 */
export function textByline(doc: DomDocument): string | null {
  const led = bodyElements(doc).filter((el) => {
    const first = el.firstChild;
    return first?.nodeType === 3 && TEXT_TAGS.test(el.tagName) && LEAD_TEXT.test(first.textContent ?? '');
  });
  for (const el of articleFirst(led, articleScopes(doc))) {
    if (shortText(el, 150) === null || elsewhere(el)) continue;
    const t = textOf(el);
    const a = parseAuthors(t, { strict: true });
    if (a.people.length || a.orgs.length) return t;
  }
  return null;
}
