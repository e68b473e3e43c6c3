// The shapes every stage of the pipeline shares. Internally all offsets are
// JavaScript string indices (UTF-16 code units); `write/` converts them to
// Unicode code points once, at the output edge (see offsets.ts).

/** A half-open range [start, end) into a document's text. */
export interface Span {
  start: number;
  end: number;
}

export type DocFormat = 'text' | 'markdown' | 'json' | 'jsonl' | 'html';

export interface DocMeta {
  title: string | null;
  /** ISO 8601 date or date-time, as precise as the source states. */
  published: string | null;
  authors: string[];
  url: string | null;
}

/** What a loader produces: the text every offset indexes, plus metadata. */
export interface Doc {
  id: string;
  path: string | null;
  format: DocFormat;
  text: string;
  meta: DocMeta;
}

export const KINDS = ['numbers', 'dates', 'people', 'places', 'quotes'] as const;
export type Kind = (typeof KINDS)[number];

/** Every finding has a span and the exact text it covers. */
export interface Finding extends Span {
  text: string;
}

export type NumberKind = 'cardinal' | 'ordinal' | 'money' | 'percent' | 'fraction' | 'quantity';

export interface NumberFinding extends Finding {
  /** A number, or [low, high] for a range ("10 to 20", "several hundred"). */
  value: number | [number, number];
  kind: NumberKind;
  /** The qualifier: "at least", "more than", "about", "nearly", "several", ... */
  approximate: string | null;
  /** ISO 4217 code for money; the unit word for quantities ("km", "tonnes"); else null. */
  unit: string | null;
  /** The noun phrase counted: "155 Chinese citizens" -> "Chinese citizens". */
  subject: string | null;
}

export type DateKind = 'date' | 'time' | 'duration' | 'set';

export interface DateFinding extends Finding {
  kind: DateKind;
  /** A TimeML value (2025-04-09, 2025-W15, P2M, PRESENT_REF, ...); null when it cannot be resolved. */
  value: string | null;
}

export interface PersonFinding extends Finding {
  /** The fullest form of the name in the document ("Zelensky" -> "Volodymyr Zelensky"). */
  name: string;
  /** The role word attached to this mention ("President", "Gen.", "spokesperson"), or null. */
  title: string | null;
}

export type PlaceKind = 'country' | 'region' | 'city' | 'other';

export interface PlaceFinding extends Finding {
  name: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 code when known. */
  country: string | null;
}

export interface Speaker extends Span {
  /** Canonical person (or organisation) name. */
  name: string;
}

export interface QuoteFinding extends Finding {
  kind: 'direct' | 'partial';
  speaker: Speaker | null;
  /** The speech verb or phrase ("said", "according to", "wrote on social media"). */
  cue: string | null;
  /** False when the quote never closes and was ended at its paragraph. */
  closed: boolean;
}

export interface FindingsByKind {
  numbers: NumberFinding[];
  dates: DateFinding[];
  people: PersonFinding[];
  places: PlaceFinding[];
  quotes: QuoteFinding[];
}

/** One document's results: the JSON contract of DESIGN §2 (before offset conversion). */
export interface DocResult extends FindingsByKind {
  id: string;
  path: string | null;
  format: DocFormat;
  title: string | null;
  published: string | null;
  authors: string[];
  url: string | null;
  referenceDate: string | null;
  paragraphs: Span[];
  sentences: Span[];
  boilerplate: Span[];
  /** Present only with `text: true` in the options (`--text`). */
  text?: string;
}

export interface MineOptions {
  /** Which kinds to extract; all by default. */
  only?: readonly Kind[];
  /** YYYY-MM-DD (or a full ISO date-time): the date relative expressions resolve against when the document has none. */
  refDate?: string | null;
  /** Include the document text in each result. */
  includeText?: boolean;
}
