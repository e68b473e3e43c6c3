// Author strings from metadata and bylines to a list of names: "By JANE DOE and
// John Smith, MA | Updated 3:46 PM" -> ["Jane Doe", "John Smith"].

const LEAD = /^(?:(?:written|words|reporting|story|text|posted|published|edited)\s+by|by|from|par|von|por|door)\b[:\s]*/i;
/** Where the names stop: a date, a clock time, "Updated", a URL or a newline. */
const TAIL = /\s*(?:\n|\d|\b(?:updated|published|posted|last updated)\b|https?:|www\.|\bon (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)).*$/is;
const SPLIT = /\s*(?:,|;|&|\band\b|\|)\s*/i;
/** Degrees and job labels that follow a name after a comma ("Brenda Goodman, MA"). */
const NOT_A_NAME = /^(?:ma|ms|msc|mph|phd|md|rn|mba|bsc|ba|jr\.?|sr\.?|staff|staff writer|editor|correspondent|contributor|reporter|writer|author|columnist|associated press|the associated press|ap|reuters|afp)$/i;

/**
 * Names from author strings. With `siteName`, a name that is the site's own
 * ("folha" on Folha de S.Paulo, "NBCNews" on NBC News) is dropped: it is the
 * publisher, and a person's name may still be found in the next source.
 */
export function cleanAuthors(raw: readonly string[] | string | null, siteName: string | null = null): string[] {
  const parts = typeof raw === 'string' ? [raw] : raw ?? [];
  const out: string[] = [];
  const site = siteName ? squash(siteName) : null;
  for (const part of parts) {
    // A user handle ("CC7567") is not a name.
    if (/^[\p{L}_.-]*\d[\w.-]*$/u.test(part.trim())) continue;
    const s = part.replace(/\([^)]*(?:https?:|www\.|@)[^)]*\)/g, ' ').replace(LEAD, '').replace(TAIL, '').replace(/[\s\u00a0]+/g, ' ').trim();
    for (let name of s.split(SPLIT)) {
      name = name.replace(/^[\s\-–—:|•·]+|[\s\-–—:|•·,.]+$/g, '').replace(LEAD, '').trim();
      if (name.length < 2 || NOT_A_NAME.test(name) || !/\p{L}/u.test(name)) continue;
      if (name.split(' ').length > 5) name = name.replace(/\s*\(.*$/, '');
      if (name.length > 60 || name.split(' ').length > 5) continue;
      if (site && (squash(name) === site || (squash(name).length > 3 && site.includes(squash(name))))) continue;
      // A lone lower-case word ("folha", "admin") is a login, not a byline.
      if (/^\p{Ll}[\p{Ll}\d_.-]*$/u.test(name)) continue;
      name = titleCaseShouting(name);
      if (!out.includes(name)) out.push(name);
    }
  }
  return out;
}

/** "GILLIAN MOHNEY" -> "Gillian Mohney"; mixed case ("McDonald", "de Jong") is left alone. */
function titleCaseShouting(name: string): string {
  if (name !== name.toUpperCase() || !/\p{Lu}{2}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’\-])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
