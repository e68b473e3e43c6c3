// The publication date a page states, from the most reliable source that has
// one, written as the page writes it: the local date and time with its zone.
// A date given in UTC is replaced by the same instant in the page's own zone
// when another source states it ("2017-02-24T01:18:13Z" in JSON-LD,
// "2017-02-23T17:18:13-08:00" in article:published_time): readers, and the
// page itself, date the story by its local day.
import { parseDateText } from '../../../furniture/dateline.js';
import type { DomDocument, DomElement } from '../dom.js';
import { elsewhere } from './bylines.js';

/** Classes of elements that hold the publication date (and not the update time). */
const PUBLISHED_CLASS = /publish|pub-?date|posted|dateline|article-?date|entry-?date|story-?date|post-?date|timestamp|byline|article-?meta|date-?time|^date$|\bdate\b/i;
const UPDATED_CLASS = /updat|modif|edited|revised/i;

/** Date strings from the page's markup, most explicit first. */
export function markedDates(doc: DomDocument): string[] {
  const out: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('[itemprop~="datePublished"]'))) {
    if (el.tagName !== 'META') out.push(attrOrText(el));
  }
  const times = Array.from(doc.querySelectorAll('time')).filter((t) => !elsewhere(t) && !UPDATED_CLASS.test(classChain(t)));
  for (const t of times) if (t.hasAttribute('pubdate') || /publish/i.test(classChain(t))) out.push(attrOrText(t));
  for (const t of times) if (t.closest('article, main, header, [class*="byline"], [class*="meta"]')) out.push(attrOrText(t));
  if (times[0]) out.push(attrOrText(times[0]));
  // Elements classed as a date with the date as text ("<span class="post-date">March 3, 2024</span>").
  for (const el of Array.from(doc.querySelectorAll('[class]'))) {
    const cls = el.getAttribute('class') ?? '';
    if (!PUBLISHED_CLASS.test(cls) || UPDATED_CLASS.test(cls) || /^(?:BODY|HTML|ARTICLE|MAIN|SCRIPT|STYLE)$/.test(el.tagName)) continue;
    const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (t && t.length <= 120 && !elsewhere(el)) out.push(t);
    if (out.length > 40) break;
  }
  return out.filter(Boolean);
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
  const t = s.trim();
  const slashed = /^((?:19|20)\d{2})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(t);
  if (slashed) return parseDateText(`${slashed[1]}-${slashed[2].padStart(2, '0')}-${slashed[3].padStart(2, '0')}${t.slice(slashed[0].length)}`);
  const compact = /^((?:19|20)\d{2})(\d{2})(\d{2})$/.exec(t);
  if (compact) return parseDateText(`${compact[1]}-${compact[2]}-${compact[3]}`);
  return parseDateText(t.replace(/^(?:published|posted|first published|updated)(?: on| at)?:?\s*/i, ''));
}

/**
 * The first date the sources give, in order; when it is in UTC and another
 * source gives the same instant in a local zone, or only a day that a local
 * zone explains, that local form wins.
 */
export function chooseDate(sources: ReadonlyArray<string | null>): string | null {
  const dates = sources.map((s) => (s ? normaliseDate(s) : null)).filter((d): d is string => d !== null);
  const first = dates[0];
  if (!first) return null;
  const utc = instant(first);
  if (utc === null || !/(?:Z|[+-]00:?00)$/.test(first)) return first;
  const sameInstant = dates.find((d) => /[+-]\d{2}:\d{2}$/.test(d) && !/[+-]00:00$/.test(d) && Math.abs((instant(d) ?? 0) - utc) < 60_000);
  if (sameInstant) return sameInstant;
  // A local day, or a local time with no zone, that the UTC instant falls on in some zone from
  // UTC-11 to UTC+14 ("February 23, 2017 5:18 PM" on a page whose metadata says 01:18Z on the 24th).
  const local = dates.find((d) => d.slice(0, 10) !== first.slice(0, 10) && !/(?:Z|[+-]\d{2}:\d{2})$/.test(d) && explains(d, utc));
  return local ?? first;
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
