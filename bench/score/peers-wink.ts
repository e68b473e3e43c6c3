// wink-nlp's entities and sentences as character spans. wink reports token
// index spans; its tokenizer is lossless (each token's preceding spaces plus
// its value rebuild the text), so token offsets are summed from those. A text
// it does not rebuild exactly falls back to finding each token in turn.
// loadWink() loads the library and its model, from a scorer's run() (see
// peers-compromise.ts for why not at import).
import type { Document, ItemEntity, ItemSentence, WinkMethods } from 'wink-nlp';
import { codePointMap } from './peers-common.js';

let wink: WinkMethods | undefined;

export async function loadWink(): Promise<void> {
  if (wink) return;
  const [{ default: winkNLP }, { default: model }] = await Promise.all([import('wink-nlp'), import('wink-eng-lite-web-model')]);
  wink = winkNLP(model);
}

function read(text: string): { doc: Document; its: WinkMethods['its'] } {
  if (!wink) throw new Error('wink-nlp is not loaded: await loadWink() first');
  return { doc: wink.readDoc(text), its: wink.its };
}

type Doc = Document;

/** UTF-16 start and end of every token. */
function tokenOffsets(doc: Doc, its: WinkMethods['its'], text: string): { start: number; end: number }[] {
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const out: { start: number; end: number }[] = [];
  let at = 0;
  let lossless = true;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i].length;
    if (text.startsWith(values[i], at)) {
      out.push({ start: at, end: at + values[i].length });
      at += values[i].length;
    } else {
      lossless = false;
      break;
    }
  }
  if (lossless) return out;
  out.length = 0;
  at = 0;
  for (const v of values) {
    const i = text.indexOf(v, at);
    const start = i < 0 ? at : i;
    out.push({ start, end: start + (i < 0 ? 0 : v.length) });
    at = out[out.length - 1].end;
  }
  return out;
}

/** Entities of the given types, in code points. */
export function winkEntities(text: string, types: ReadonlySet<string>): { start: number; end: number; text: string; type: string }[] {
  const { doc, its } = read(text);
  const tokens = tokenOffsets(doc, its, text);
  const cp = codePointMap(text);
  const out: { start: number; end: number; text: string; type: string }[] = [];
  doc.entities().each((e: ItemEntity) => {
    const type = e.out(its.type) as string;
    if (!types.has(type)) return;
    const [a, b] = e.out(its.span) as number[];
    out.push({ start: cp(tokens[a].start), end: cp(tokens[b].end), text: text.slice(tokens[a].start, tokens[b].end), type });
  });
  return out;
}

/** Sentence ranges, UTF-16 offsets. */
export function winkSentences(text: string): { start: number; end: number }[] {
  const { doc, its } = read(text);
  const tokens = tokenOffsets(doc, its, text);
  const out: { start: number; end: number }[] = [];
  doc.sentences().each((s: ItemSentence) => {
    const [a, b] = s.out(its.span) as number[];
    if (tokens[a] && tokens[b]) out.push({ start: tokens[a].start, end: tokens[b].end });
  });
  return out;
}
