// The publication date a page states, from the most reliable source that has
// one, written as the page writes it: the local date and time with its zone.
// A date given in UTC is replaced by the same instant in the page's own zone
// when another source states it ("2017-02-24T01:18:13Z" in JSON-LD,
// "2017-02-23T17:18:13-08:00" in article:published_time): readers, and the
// page itself, date the story by its local day.
import { parseDateText } from '../../../furniture/dateline.js';
import type { DomDocument, DomElement } from '../dom.js';
import { articleFirst, articleScopes, bodyElements, elsewhere, hasToken, inScope, shortText } from './scope.js';

/** Classes of elements that hold the publication date (and not the update time). */
const PUBLISHED_CLASS = /publish|pub-?date|posted|dateline|article-?date|entry-?date|story-?date|post-?date|timestamp|byline|article-?meta|date-?time|^date$|\bdate\b/i;
const UPDATED_CLASS = /updat|modif|edited|revised/i;
/** "Updated: 11:10 PM CDT August 4, 2025": the text says it is the update time. */
const UPDATED_TEXT = /^\s*(?:last\s+)?(?:updated|modified|edited|revised)\b/i;

/** A visible date line: "Published 14 March 2025", "Posted: Thursday, October 16, 2025 6:00 am". */
// A lead word and then anything written: "on" and ":" are themselves the `\S` (the pattern once spelled
// them out as `(?:\s+on)?\s*:?\s*\S`, which matches the same lines but backtracks over long spaces).
const DATE_LEAD = /^\s*(?:published|posted|first published|date|publication date|dated)\s*\S/i;
/** The longest date string read: "Posted: Thursday, October 16, 2025 6:00 am EDT" is 46 characters. */
export const MAX_DATE_STRING = 200;
const LINE_BREAK = /[\n\r\u2028\u2029]/;
const TEXT_TAGS = /^(?:P|SPAN|DIV|LI|SMALL|EM|TIME|DD|TD|ADDRESS)$/;

export interface MarkedDates {
  /** Dates in the article (next to its headline and byline), most explicit first. */
  inArticle: string[];
  /** Dates elsewhere on the page, a last resort. */
  others: string[];
}

/** Date strings from the page's markup, most explicit first: microdata, <time>, dated classes, "Published ..." lines. */
export function markedDates(doc: DomDocument): MarkedDates {
  const scopes = articleScopes(doc);
  const found: DomElement[] = [];
  const seen = new Set<DomElement>();
  const take = (els: Iterable<DomElement>) => {
    for (const el of els) {
      if (seen.has(el)) continue;
      seen.add(el);
      if (!elsewhere(el) && !UPDATED_CLASS.test(classChain(el)) && !UPDATED_TEXT.test(el.textContent ?? '')) found.push(el);
    }
  };
  const elements = bodyElements(doc);
  take(elements.filter((el) => el.tagName !== 'META' && hasToken(el, 'itemprop', 'datepublished')));
  const times = elements.filter((el) => el.tagName === 'TIME');
  take(times.filter((t) => t.hasAttribute('pubdate') || /publish/i.test(classChain(t))));
  take(times);
  // Elements classed as a date with the date as text ("<span class="post-date">March 3, 2024</span>").
  take(elements.filter((el) => PUBLISHED_CLASS.test(el.getAttribute('class') ?? '') && !/^(?:BODY|HTML|ARTICLE|MAIN|SCRIPT|STYLE)$/.test(el.tagName) && short(el)));
  take(elements.filter((el) => el.firstChild?.nodeType === 3 && TEXT_TAGS.test(el.tagName) && DATE_LEAD.test(el.firstChild.textContent ?? '') && short(el)));
  // A container of several dates ("By ... Published: ... Updated: ...") gives way to the elements inside it.
  const innermost = found.filter((el) => !found.some((other) => other !== el && el.contains(other)));
  const ordered = articleFirst(innermost, scopes);
  const inside = new Set(ordered.filter((el) => inScope(el, scopes)));
  return {
    inArticle: ordered.filter((el) => inside.has(el)).map(attrOrText).filter(Boolean),
    others: ordered.filter((el) => !inside.has(el)).map(attrOrText).filter(Boolean),
  };
}

function short(el: DomElement): boolean {
  return shortText(el, 120) !== null;
}

function classChain(el: DomElement): string {
  const p = el.parentNode as DomElement | null;
  return `${el.getAttribute('class') ?? ''} ${p && p.nodeType === 1 ? p.getAttribute('class') ?? '' : ''}`;
}

function attrOrText(el: DomElement): string {
  return (el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** "/2024/03/15/", "/2024-03-15/", "/20240315/" in the page's address: the day only. */
export function urlDate(url: string | null): string | null {
  if (!url) return null;
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const m = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/\-_.]|$)/.exec(path) ?? /[/_-]((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/\-_.]|$)/.exec(path);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
}

/** A date as ISO 8601 at the precision written; also "2024/03/15" and "20240315". */
export function normaliseDate(s: string): string | null {
  // Longer text is a paragraph, not a date, and the patterns below then only ever see a short string.
  if (s.length > MAX_DATE_STRING) return null;
  const t = s.trim();
  const slashed = /^((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(t);
  if (slashed) return parseDateText(`${slashed[1]}-${slashed[2].padStart(2, '0')}-${slashed[3].padStart(2, '0')}${t.slice(slashed[0].length)}`);
  const compact = /^((?:19|20)\d{2})(\d{2})(\d{2})$/.exec(t);
  if (compact) return parseDateText(`${compact[1]}-${compact[2]}-${compact[3]}`);
  const bare = t.replace(/^(?:published|posted|first published|updated|date)(?: on| at)?:?\s*/i, '');
  // "9:47 PM CDT August 4, 2025": the clock before the date (broadcasters' style) is moved after it.
  // `(.*)$` cannot cross a line break, so with one the pattern fails, after trying every split of
  // the spaces before it (60 ms on 200 characters): it is not tried.
  const clockFirst = LINE_BREAK.test(bare) ? null : /^(\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)\s*(?:[A-Z]{2,5}\b)?,?\s*(?:on\s+)?(.*)$/i.exec(bare);
  if (clockFirst && /\d{4}/.test(clockFirst[2])) {
    const day = parseDateText(clockFirst[2]);
    const dated = day && day.length === 10 ? parseDateText(`${clockFirst[2].replace(/(\d{4}).*$/, '$1')} ${clockFirst[1]}`) : null;
    if (dated) return dated;
  }
  return parseDateText(bare);
}

/**
 * The first date the sources give, in order. When it is in UTC, another
 * source stating the same instant in a local zone wins; failing that, the
 * first local `witness` (the date shown beside the byline, the URL's date)
 * decides the day when it differs and a zone from UTC-11 to UTC+14 explains it
 * ("February 23, 2017 5:18 PM" on a page whose metadata says 01:18Z on the 24th).
 */
export function chooseDate(sources: ReadonlyArray<string | null>, witnesses: ReadonlyArray<string | null> = []): string | null {
  const dates = sources.map((s) => (s ? normaliseDate(s) : null)).filter((d): d is string => d !== null);
  const first = dates[0];
  if (!first) return null;
  const utc = instant(first);
  if (utc === null || !/(?:Z|[+-]00:?00)$/.test(first)) return first;
  const sameInstant = dates.find((d) => /[+-]\d{2}:\d{2}$/.test(d) && !/[+-]00:00$/.test(d) && Math.abs((instant(d) ?? 0) - utc) < 60_000);
  if (sameInstant) return sameInstant;
  const witness = witnesses.map((s) => (s ? normaliseDate(s) : null)).find((d): d is string => d !== null && !/(?:Z|[+-]\d{2}:\d{2})$/.test(d));
  return witness && witness.slice(0, 10) !== first.slice(0, 10) && explains(witness, utc) ? witness : first;
}

function explains(local: string, utc: number): boolean {
  const wall = Date.parse(`${local.length === 10 ? `${local}T00:00` : local}:00Z`.replace(/(T\d{2}:\d{2}:\d{2}):00Z$/, '$1Z'));
  if (Number.isNaN(wall)) return false;
  if (local.length === 10) return utc + 14 * 3600_000 >= wall && utc - 11 * 3600_000 < wall + 24 * 3600_000;
  const offset = wall - utc;
  return offset >= -11 * 3600_000 && offset <= 14 * 3600_000 && Math.abs(offset) % (15 * 60_000) < 60_000;
}

function instant(iso: string): number | null {
  if (!/T\d{2}:\d{2}/.test(iso) || !/(?:Z|[+-]\d{2}:\d{2})$/.test(iso)) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}
