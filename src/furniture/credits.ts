// Credits and notices about the article rather than in it: photo credits and
// captions that end with one, copyright lines, syndication notes.
import { countWords, endsWith } from './words.js';

/**
 * Photo and wire agencies that sign pictures: a closed class of a few dozen
 * names. A credit line ends with one ("Ukrainian Security Service via AFP –
 * Getty Images", "Jane Doe/Reuters").
 */
const AGENCY =
  '(?:getty(?: images)?|afp|agence france-presse|reuters|ap(?: photo)?|associated press|epa(?:-efe)?|efe|shutterstock|alamy(?: stock photo)?|' +
  'anadolu(?: agency)?|xinhua|tass|sputnik|ria novosti|bloomberg|nurphoto|sopa images|zuma(?: press| wire)?|pa(?: images| wire| media)?|' +
  'imago|dpa|picture alliance|istock(?:photo)?|unsplash|wikimedia commons|pool|handout|rex(?: features)?|redux|abaca|sipa|' +
  'global images ukraine|ukrinform|corbis|magnum(?: photos)?)';
const CREDIT_TAIL = `${AGENCY}(?: (?:images?|photos?|via getty images|file|file photo|pool|handout|creative|stock))?`;

/** A short line naming who took a picture: "Photo: Jane Doe", "Getty Images", "AP Photo / Reuters". */
const CREDIT_LINE = new RegExp(
  [
    `^(?:photo(?:graph)?s?|image|picture|video|illustration|graphic|credit|photo credit|source|caption)\\s*(?:by\\b|:|/|©)[^.!?\\n]{1,100}$`,
    `^${CREDIT_TAIL}(?:\\s*(?:/|via|–|—|-|\\|)\\s*${CREDIT_TAIL})*$`,
  ].join('|'),
  'iu',
);
/** A name, then "via", a slash or a dash, then an agency: "X via AFP – Getty Images", "Jane Doe/Reuters". */
const CREDIT_AFTER_NAME = new RegExp(`^[^.!?\\n]{1,80}?(?:\\svia\\s|\\s?/\\s?|\\s[–—|-]\\s)(?:[^.!?\\n]{0,40}\\s)?${CREDIT_TAIL}\\)?$`, 'iu');
/** What CREDIT_AFTER_NAME needs somewhere in the line: "via", a slash, or a spaced dash or bar. */
const CREDIT_SEPARATOR = /\svia\s|\/|\s[–—|-]\s/iu;

/**
 * A caption that ends with its credit in brackets: "... on March 31, 2025.
 * (Andrii Nesterenko/Global Images Ukraine via Getty Images)". The bracket must
 * name a photographer/agency pair ("Name/Agency", capitalised on both sides of
 * the slash: no `i` flag here), say "via", or name an agency, so a sentence
 * ending in "(km/h)" or "(in 2024)" is not a caption.
 */
const CAPTION_SLASH = /\((?:(?:[Pp]hoto(?:graph)?|[Ii]mage|[Cc]redit)s?:?\s*)?[^()\n]{0,80}?\p{Lu}[^()/\n]{0,40}\s?\/\s?\p{Lu}[^()\n]{0,80}\)\s*$/u;
const CAPTION_CREDIT = new RegExp(
  `\\((?:(?:photo(?:graph)?|image|credit|picture)s?:?\\s*)?(?:[^()\\n]{1,80}\\s(?:via|for|/)\\s?)?${CREDIT_TAIL}\\)\\s*$` +
    `|(?:^|[.!?”"]\\s+)(?:photo(?:graph)?|image|credit|illustration|picture)s?:\\s*[^.!?\\n]{1,100}$` +
    // The New York Times writes "... cameras. Credit Ashraf Shazly/Agence France-Presse — Getty Images".
    `|(?:^|[.!?”"]\\s+)credit\\s+[^.!?\\n]{0,80}(?:/|${AGENCY})[^.!?\\n]{0,40}$`,
  'iu',
);

/** "Credit Harry Campbell", "Photo Jane Doe": a credit word and a capitalised name, nothing else. */
// One to four words, one space between them. A word is cut only at a space: the
// earlier (?:\p{Lu}[\p{L}'’.-]*\s?){1,4} also cut "RHTATA…" before any capital,
// and tried every such cut (a fourth-degree polynomial) before failing.
const NAMED_CREDIT = /^(?:Credit|CREDIT|Photo|PHOTO|Photograph|Illustration|Image)s?:?\s+(?:\p{Lu}[\p{L}'’.-]*\s){0,3}\p{Lu}[\p{L}'’.-]*\s?$/u;

/** "© 2025 The New York Times Company", "Copyright 2024 The Associated Press. All rights reserved." */
const COPYRIGHT = /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4}|copyright\s*©)[^\n]{0,250}$|^all rights reserved\.?$/iu;

/** "This article originally appeared in The New York Times.", "A version of this article appears in print on ..." */
const SYNDICATION = new RegExp(
  '^(?:this (?:article|story|piece|post|essay|column|report|interview)|a version of this (?:article|story)|an earlier version of this (?:article|story)|originally)\\b' +
    '[^\\n]{0,60}?\\b(?:originally |first )?(?:appeared|appears|published|ran|was produced)\\b[^\\n]{0,160}$' +
    '|^\\(?(?:additional )?(?:reporting|writing|editing|research)(?: and (?:reporting|writing|editing))? by [^\\n]{1,200}\\)?\\.?$',
  'iu',
);
/** "Jane Doe contributed reporting." — tried only on lines with the word, as its opening is unanchored. */
const CONTRIBUTED = /^[^.\n]{3,100} contributed (?:reporting|research|to this (?:report|story|article))[^.\n]{0,80}\.?$/iu;
const CONTRIBUTED_WORD = /contributed/iu;

/** "credit", which the third form of CAPTION_CREDIT needs. */
const CREDIT_WORD = /credit/iu;

export function isCredit(line: string): boolean {
  // A credit line has at most 15 words; its patterns are tried first (anchored, or behind a
  // character test) because they fail at once on a paragraph, and counting words does not.
  const creditLine = CREDIT_LINE.test(line) || NAMED_CREDIT.test(line) || (CREDIT_SEPARATOR.test(line) && CREDIT_AFTER_NAME.test(line));
  if (creditLine && countWords(line, 16) <= 15) return true;
  // A caption's credit is bracketed at its end, or follows a colon or the word "credit": most paragraphs have none of them.
  const bracketed = endsWith(line, ')');
  if (!(bracketed || line.includes(':') || CREDIT_WORD.test(line)) || countWords(line, 91) > 90) return false;
  return (bracketed && slashCredit(line)) || CAPTION_CREDIT.test(line);
}

/**
 * The longest bracket CAPTION_SLASH is tried on. It matches at most about 220
 * characters (a 12-letter label, 80 + 40 + 80 around the slash) unless spaces
 * run on after its label; a longer bracket is prose, not a credit.
 */
const MAX_CREDIT_BRACKET = 240;

/**
 * CAPTION_SLASH on the line's last bracket, which is the only one it can match
 * (no parenthesis inside, only spaces after), if that bracket is short.
 */
function slashCredit(line: string): boolean {
  const open = line.lastIndexOf('(');
  return open >= 0 && line.trimEnd().length - open <= MAX_CREDIT_BRACKET && CAPTION_SLASH.test(line.slice(open));
}

export function isCopyright(line: string): boolean {
  return COPYRIGHT.test(line);
}

export function isSyndication(line: string): boolean {
  return SYNDICATION.test(line) || (CONTRIBUTED_WORD.test(line) && CONTRIBUTED.test(line));
}
