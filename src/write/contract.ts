import { codePointMap } from '../offsets.js';
import type { DocResult, Span } from '../types.js';

/** The version of the JSON contract (DESIGN §2); additive changes only within it. */
export const SCHEMA_VERSION = 1;

/**
 * Turns a pipeline result into the published shape: offsets in code points,
 * every key present, keys in a fixed order. Every formatter starts from this.
 */
export function toContract(r: DocResult, text: string): DocResult {
  const cp = codePointMap(text);
  const span = (s: Span): Span => ({ start: cp(s.start), end: cp(s.end) });
  // Fields are written out rather than spread (`{ ...span(f), text }`): in V8 (Node 20) a spread
  // followed by more keys makes a slow dictionary object, ~7 µs each, most of the cost of a run.
  const out: DocResult = {
    id: r.id,
    path: r.path,
    format: r.format,
    title: r.title,
    published: r.published,
    authors: r.authors,
    url: r.url,
    referenceDate: r.referenceDate,
    paragraphs: r.paragraphs.map(span),
    sentences: r.sentences.map(span),
    boilerplate: r.boilerplate.map(span),
    numbers: r.numbers.map((f) => ({
      start: cp(f.start), end: cp(f.end), text: f.text, value: f.value, kind: f.kind, approximate: f.approximate, unit: f.unit, subject: f.subject,
    })),
    dates: r.dates.map((f) => ({ start: cp(f.start), end: cp(f.end), text: f.text, kind: f.kind, value: f.value })),
    people: r.people.map((f) => ({ start: cp(f.start), end: cp(f.end), text: f.text, name: f.name, title: f.title })),
    places: r.places.map((f) => ({ start: cp(f.start), end: cp(f.end), text: f.text, name: f.name, kind: f.kind, country: f.country })),
    quotes: r.quotes.map((f) => ({
      start: cp(f.start),
      end: cp(f.end),
      text: f.text,
      kind: f.kind,
      speaker: f.speaker ? { name: f.speaker.name, start: cp(f.speaker.start), end: cp(f.speaker.end) } : null,
      cue: f.cue,
      closed: f.closed,
    })),
  };
  if (r.text !== undefined) out.text = r.text;
  return out;
}
