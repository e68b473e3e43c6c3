import type { Attribution } from './types.js';

// 'PENCE: Gennifer Flowers will not be attending' — a transcript line quoted whole.
const LABEL = /^([A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,2}):\s/;

/** A quote that opens with an upper-case speaker label, as transcripts do; the speaker is the label. */
export function transcriptLabel(text: string, start: number, end: number): Attribution | null {
  const m = LABEL.exec(text.slice(start, Math.min(end, start + 40)));
  if (!m || m[1].length < 2) return null;
  return { mention: { start, end: start + m[1].length, text: m[1], type: 'person' }, cue: null, rule: 'transcript-label' };
}
