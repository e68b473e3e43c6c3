// HTML character references left in metadata strings. A script's text (JSON-LD) is not decoded by the
// HTML parser, and many CMSs HTML-escape the strings they write there ("Trump&#039;s"); some escape a
// <meta content> twice ("Harbour&amp;#039;s"), so one decoding by the parser still leaves a reference.

const NAMED: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', ndash: '–', mdash: '—', hellip: '…' };

/** Numeric references and the common named ones decoded once; unknown names are left as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi, (m, dec: string, hex: string, name: string) => {
    if (dec || hex) {
      const cp = dec ? +dec : parseInt(hex, 16);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return NAMED[name.toLowerCase()] ?? m;
  });
}
