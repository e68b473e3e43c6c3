import { extractorsFor } from './extract/index.js';
import type { Context } from './extract/context.js';
import { outside, sortUnique } from './extract/refiners.js';
import { referenceDate } from './extract/dates/reference.js';
import { findFurniture } from './furniture/index.js';
import { segment } from './segment/index.js';
import { toContract } from './write/contract.js';
import { KINDS, type Doc, type DocResult, type Finding, type FindingsByKind, type Kind, type MineOptions } from './types.js';

/**
 * segment → extract → link for one loaded document, returning the published
 * shape (DESIGN §2): offsets in code points, every key present.
 */
export function mineDoc(doc: Doc, options: MineOptions = {}): DocResult {
  return toContract(extractDoc(doc, options), doc.text);
}

/** The pipeline proper. Offsets in its result are UTF-16 indices into `doc.text`. */
export function extractDoc(doc: Doc, options: MineOptions = {}): DocResult {
  const text = doc.text;
  const { paragraphs, sentences } = segment(text);
  const furniture = findFurniture(text, paragraphs);
  const published = doc.meta.published ?? furniture.published;
  const authors = doc.meta.authors.length > 0 ? doc.meta.authors : furniture.authors;
  const ctx: Context = {
    doc,
    text,
    paragraphs,
    sentences,
    boilerplate: furniture.boilerplate,
    referenceDate: referenceDate(published, options.refDate, text),
    found: {},
  };

  // `only: []` asks for segmentation alone (the sentence scorer uses it).
  const wanted: readonly Kind[] = options.only ?? KINDS;
  for (const extractor of extractorsFor(wanted)) {
    const findings = extractor.extract(ctx) as Finding[];
    // Every kind gets the same last word: sorted, de-duplicated, nothing in furniture.
    (ctx.found as Record<Kind, unknown>)[extractor.kind] = outside(sortUnique(findings), ctx.boilerplate);
  }

  const pick = <K extends Kind>(k: K): FindingsByKind[K] =>
    wanted.includes(k) ? ((ctx.found[k] ?? []) as FindingsByKind[K]) : ([] as unknown as FindingsByKind[K]);

  const result: DocResult = {
    id: doc.id,
    path: doc.path,
    format: doc.format,
    title: doc.meta.title,
    published,
    authors,
    url: doc.meta.url,
    referenceDate: ctx.referenceDate,
    paragraphs,
    sentences,
    boilerplate: furniture.boilerplate,
    numbers: pick('numbers'),
    dates: pick('dates'),
    people: pick('people'),
    places: pick('places'),
    quotes: pick('quotes'),
  };
  if (options.includeText) result.text = text;
  return result;
}
