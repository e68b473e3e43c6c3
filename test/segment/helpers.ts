import { segment } from '../../src/segment/index.js';

/** The sentences of `text`, as strings sliced by their ranges. */
export function sentencesOf(text: string): string[] {
  return segment(text).sentences.map((s) => text.slice(s.start, s.end));
}

/** The paragraphs of `text`, as strings sliced by their ranges. */
export function paragraphsOf(text: string): string[] {
  return segment(text).paragraphs.map((p) => text.slice(p.start, p.end));
}

/** `[text, sentences]` cases where the whole text is one sentence. */
export function whole(texts: string[]): [string, string[]][] {
  return texts.map((t) => [t, [t]]);
}
