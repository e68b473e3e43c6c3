import { L, rx } from '../context.js';
import { amount, clean, type NumberParser } from '../amount.js';

// Fractions written with a fraction character or a slash: "½", "1½", "⅔",
// "3/4", "-4/5", "1-3/8" (wire-service stock prices). A slash fraction must be proper with a small denominator,
// so "24/7" and "9/11" (a date) are not fractions.

const GLYPHS: Record<string, number> = {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
};

const WIDE_GLYPHS = /[⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]/;
const DIGIT_SLASH = /\d\//;

export const glyphFractionParser: NumberParser = {
  name: 'glyph-fraction',
  // Character searches for the three Latin-1 glyphs; the rest lie above U+00FF, which a
  // regex rules out at once in the (usual) one-byte string.
  precheck: (text) => text.includes('½') || text.includes('¼') || text.includes('¾') || WIDE_GLYPHS.test(text),
  pattern: rx('g')`(?<![${L}0-9.,])(\d{1,3}\s?)?([½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])`,
  extract(m) {
    const whole = m[1] ? Number(m[1].trim()) : 0;
    return amount(m.index, m.index + m[0].length, clean(whole + GLYPHS[m[2]]), 'fraction', 'glyph-fraction', true);
  },
};

export const slashFractionParser: NumberParser = {
  name: 'slash-fraction',
  digits: true,
  precheck: (text) => text.includes('/') && DIGIT_SLASH.test(text),
  pattern: rx('g')`(?<![${L}0-9_.,/-])(?:(\d{1,4})[- ])?([-−]?)(\d{1,2})\/(\d{1,3})(?![${L}0-9]|\/\d)`,
  extract(m) {
    const num = Number(m[3]);
    const den = Number(m[4]);
    if (num === 0 || num >= den || (den > 10 && den !== 16 && den !== 32 && den !== 64 && den !== 100)) return null;
    // "1-3/8", "24 1/2": a whole number and a fraction (stock prices in eighths); a sign only without one.
    if (m[1] !== undefined && m[2]) return null;
    const sign = m[2] ? -1 : 1;
    const whole = m[1] !== undefined ? Number(m[1]) : 0;
    return amount(m.index, m.index + m[0].length, clean(whole + (sign * num) / den), 'fraction', 'slash-fraction', true);
  },
};
