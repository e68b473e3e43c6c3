// Loads benchmark documents: ../shared/corpus/*.jsonl.gz when present (real
// BBC and Reuters news), else the seeds repeated. Used by every speed bench.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CORPUS_DIR, REPO_ROOT } from './shared.js';

export interface BenchDoc {
  id: string;
  text: string;
}

/**
 * The texts of one corpus file (.jsonl or .jsonl.gz), in order, until `limitBytes`
 * of UTF-8 have been read. For the stage benches, which time texts, not documents.
 */
export function corpusTexts(file: string, limitBytes = Infinity): string[] {
  const raw = readFileSync(file);
  const body = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  const texts: string[] = [];
  let bytes = 0;
  for (const line of body.split('\n')) {
    if (bytes >= limitBytes) break;
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { text?: unknown };
    if (typeof r.text !== 'string') continue;
    texts.push(r.text);
    bytes += Buffer.byteLength(r.text);
  }
  return texts;
}

/** The texts of the named files in ../shared/corpus/ (those present), in that order, up to `limitBytes` in all. */
export function sharedCorpusTexts(names: string[], limitBytes = Infinity): string[] {
  const texts: string[] = [];
  let bytes = 0;
  for (const name of names) {
    const file = path.join(CORPUS_DIR, name);
    if (!existsSync(file) || bytes >= limitBytes) continue;
    const more = corpusTexts(file, limitBytes - bytes);
    for (const t of more) bytes += Buffer.byteLength(t);
    texts.push(...more);
  }
  return texts;
}

export function loadCorpus(paths: string[] = []): { docs: BenchDoc[]; source: string } {
  const files = paths.length ? paths : corpusFiles();
  if (files.length === 0) {
    const seeds = path.join(REPO_ROOT, 'seeds');
    const texts = readdirSync(seeds).sort().map((f) => ({ id: f, text: readFileSync(path.join(seeds, f), 'utf8') }));
    const docs: BenchDoc[] = [];
    for (let i = 0; i < 200; i++) for (const d of texts) docs.push({ id: `${i}/${d.id}`, text: d.text });
    return { docs, source: 'seeds/ repeated 200× (../shared/corpus/ not found)' };
  }
  const docs: BenchDoc[] = [];
  for (const f of files) {
    const raw = readFileSync(f);
    const body = f.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    for (const line of body.split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id?: unknown; text?: unknown };
      if (typeof r.text === 'string') docs.push({ id: String(r.id ?? docs.length), text: r.text });
    }
  }
  return { docs, source: files.map((f) => path.relative(process.cwd(), f)).join(' + ') };
}

function corpusFiles(): string[] {
  try {
    return readdirSync(CORPUS_DIR)
      .filter((f) => f.endsWith('.jsonl.gz') || f.endsWith('.jsonl'))
      .sort()
      .map((f) => path.join(CORPUS_DIR, f));
  } catch {
    return [];
  }
}

/** A deterministic sample of about `mb` megabytes, spread over the whole corpus. */
export function sample(docs: BenchDoc[], mb: number): BenchDoc[] {
  const total = docs.reduce((n, d) => n + d.text.length, 0);
  if (total <= mb * 1e6) return docs;
  const step = total / (mb * 1e6);
  const out: BenchDoc[] = [];
  let size = 0;
  for (let i = 0; i < docs.length && size < mb * 1e6; i += Math.max(1, Math.round(step))) {
    out.push(docs[i]);
    size += docs[i].text.length;
  }
  return out;
}

export function countWords(docs: BenchDoc[]): number {
  let n = 0;
  for (const d of docs) n += d.text.split(/\s+/).filter(Boolean).length;
  return n;
}
