// A page title is usually "Headline | Site" (or " - Site", " – Site", " :: Site", and the
// guillemets of blog themes: "Post « Blog", "Blog » Post");
// news datasets and readers want the headline alone.

// Titles are read with their whitespace collapsed to single spaces (cleanTitle's first line, and
// isPrefix's words joined by ' '), so the patterns here spell a space ' ', not `\s+`: the same
// matches, and no run of spaces to backtrack over.
const SEPARATOR = / (?:[|\-–—·•«»_]|::) /g;
/** A host name: labels joined by dots, ending in a top-level domain of letters ("cityledger.com", "news.example.co.uk"). */
const DOMAIN = /^(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}$/u;

/**
 * The headline without a trailing site name. A segment is a site name when it
 * equals the page's declared site name or an author's name, or when it is short
 * and capitalised ("eHow", "The Verge") after a longer headline. Only one such
 * segment is cut unless the site name says otherwise, so "Chapter 1 - Part 2"
 * titles keep their inner parts.
 */
export function cleanTitle(raw: string | null, siteNames: string | readonly string[] | null, authors: readonly string[] = []): string | null {
  if (!raw) return null;
  let title = raw.replace(/\s+/g, ' ').trim();
  if (!title) return null;
  const sites = (typeof siteNames === 'string' ? [siteNames] : siteNames ?? []).filter(Boolean);
  const known = [...sites, ...authors].map(norm).filter(Boolean);
  let cutOnce = false;
  let section = false;
  let cutSep = '';
  for (let guard = 0; guard < 3; guard++) {
    const last = lastSeparator(title);
    if (!last) break;
    const head = title.slice(0, last.index).trim();
    const tail = title.slice(last.index + last.length).trim();
    const sep = title.slice(last.index, last.index + last.length).trim();
    const named = known.some((k) => k === norm(tail) || (k.length > 3 && norm(tail).includes(k)));
    // A site is also written as its domain ("Headline | cityledger.com"), in any case.
    const siteLike = !cutOnce && words(head) >= 3 && ((words(tail) <= 4 && /^[\p{Lu}\p{N}]/u.test(tail)) || DOMAIN.test(tail));
    // "Headline | News | Site": a one- or two-word section before the site, with the same separator.
    const sectionLike = cutOnce && !section && sep === cutSep && words(head) >= 4 && words(tail) <= 2 && /^[\p{Lu}\p{N}]/u.test(tail);
    if (!named && !siteLike && !sectionLike) break;
    if (sectionLike && !named) section = true;
    title = head;
    cutOnce = true;
    cutSep = sep;
  }
  // "Headline [Site]": a bracketed trailer is the site, never the headline's end.
  title = title.replace(/ \[[^\]]{1,40}\]$/, '');
  // "Site: Headline" and "Site | Headline" lead with a declared site name.
  const m = /^(.+?)(?::| (?:[|\-–—·•«»]|::) ) ?/.exec(title);
  if (m && known.includes(norm(m[1])) && words(title.slice(m[0].length)) >= 3) title = title.slice(m[0].length);
  return title;
}

function lastSeparator(s: string): { index: number; length: number } | null {
  let found: { index: number; length: number } | null = null;
  for (const m of s.matchAll(SEPARATOR)) found = { index: m.index!, length: m[0].length };
  return found;
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function norm(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The title to report. Metadata headlines are often SEO variants of the one on
 * the page ("X hands-on: ..." in JSON-LD, "X is ..." in the <h1>), and readers
 * and annotators take the visible one: so a candidate that an <h1> confirms
 * (equal, or the <h1> plus a site suffix) wins, as the <h1>'s own text. With no
 * such agreement the first candidate is cleaned of its site suffix.
 */
/** True when `full` is `head` plus a separator and a short site name ("Headline | Site", "Headline [Site]"). */
function isSuffix(full: string, head: string): boolean {
  const words = full.replace(/\s+/g, ' ').trim().split(' ');
  const tail = words.slice(head.replace(/\s+/g, ' ').trim().split(' ').length).join(' ');
  return /^(?:[|\-–—·•«»_:[(]|::)/.test(tail) && tail.split(' ').length <= 6;
}

/** True when `full` is a short site name and a separator, then `tail` ("Site | Headline"). */
function isPrefix(full: string, tail: string, siteNames: readonly string[]): boolean {
  const all = full.replace(/\s+/g, ' ').trim().split(' ');
  const head = all.slice(0, all.length - tail.replace(/\s+/g, ' ').trim().split(' ').length).join(' ');
  const m = /^(.*?) ?(?:[|\-–—·•«»_:]|::)$/.exec(head);
  // A declared site or section name leads a title, or a one- or two-word label the <h1> leaves out
  // ("Opinion | ..."); "Firefox — Customize and make it your own" is a whole title.
  return m !== null && (siteNames.some((s) => norm(s) === norm(m[1])) || (words(m[1]) <= 2 && /[|:]$/.test(head)));
}

/** A headline cut short for search engines ("... the council said…"). */
const TRUNCATED = /(?:…|\.\.\.)$/;

export function chooseTitle(candidates: ReadonlyArray<string | null>, h1s: readonly string[], siteNames: readonly string[], authors: readonly string[]): string | null {
  const stated = candidates.filter((c): c is string => !!c && !!c.trim());
  for (const c of stated) {
    const nc = norm(c);
    for (const h of h1s) {
      const nh = norm(h);
      if (nh.length < 8) continue;
      const cut = TRUNCATED.test(c.trim()) && norm(c.trim().replace(TRUNCATED, ''));
      if (nc === nh || (nc.startsWith(nh) && isSuffix(c, h)) || (nc.endsWith(nh) && isPrefix(c, h, siteNames)) || (cut && cut.length >= 20 && nh.startsWith(cut))) {
        return h.replace(/\s+/g, ' ').trim();
      }
    }
  }
  // A truncated headline gives way to a whole one.
  const whole = stated.find((c) => !TRUNCATED.test(c.trim())) ?? stated[0] ?? null;
  return cleanTitle(whole, siteNames, authors);
}
