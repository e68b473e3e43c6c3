import { NAME_DESIGNATORS } from '../../../lexicon/number-context.js';
import type { NumberFilter } from '../amount.js';
import { isAsciiUpper, isLetter, isSpaceCode, L, rx, touching, wordBefore } from '../context.js';

// Numbers that are part of a name, an address or a list: "COVID-19", "F-16",
// "Formula 1", "Boeing 737", "Article 5", "10 Downing Street", "1." at the
// head of a list item.

const STREET_AFTER = rx('y')`\s+(?:[A-Z][${L}'’.-]*\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Lane|Drive|Way|Place|Square|Court|Terrace|Parkway|Crescent|Close|Row)(?![${L}])`;
const LIST_MARKER_AFTER = /^[.)](?:\s|$)/;

export const notInNames: NumberFilter = (a, s) => {
  const t = s.text;
  // "COVID-19", "Su-34", "SCP-173": a word joined to the number by a hyphen.
  if (t[a.start - 1] === '-' && isLetter(t[a.start - 2])) return false;
  // "&#163;": the code of an HTML character reference left in scraped text.
  if (t[a.start - 1] === '#' && t[a.start - 2] === '&') return false;
  // The word before matters only one space away, or before a capitalised number word (both below).
  const capitalWord = !a.digits && isAsciiUpper(t.charCodeAt(a.start));
  const w = capitalWord || isSpaceCode(t.charCodeAt(a.start - 1)) ? wordBefore(t, a.start) : null;
  if (w && w.end === a.start - 1 && isAsciiUpper(w.word.charCodeAt(0)) && NAME_DESIGNATORS.has(w.word.toLowerCase())) return false;
  // "the Guildford Four", "the Maguire Seven": a capitalised number word closing a name
  // (a Title Case headline goes on with another capital: "Says Two Chinese Citizens").
  if (capitalWord && w && w.start > 0 && touching(t, w.end, a.start) && /^[A-Z]/.test(w.word) && !/^\s+[A-Z]/.test(t.slice(a.end, a.end + 2))) return false;
  // "Credit Suisse First Boston", "the First World War", "First Minister": a capitalised ordinal in a name or title.
  if (a.kind === 'ordinal' && !a.digits && /^[A-Z][a-z]/.test(t.slice(a.start, a.start + 2)) && /^\s+[A-Z]/.test(t.slice(a.end, a.end + 2))) return false;
  if (a.digits && t[a.end] === ' ' && isAsciiUpper(t.charCodeAt(a.end + 1))) {
    STREET_AFTER.lastIndex = a.end;
    if (STREET_AFTER.test(t)) return false;
  }
  if (a.digits && a.start < 4 && /^[\s"“(]*$/.test(t.slice(0, a.start)) && LIST_MARKER_AFTER.test(t.slice(a.end, a.end + 2))) return false;
  return true;
};
