import { KINDS, type Kind } from '../types.js';
import { UsageError } from './io.js';

/** "--only people,places" → kinds; unknown names are a usage error. Singular forms are accepted. */
export function parseKinds(spec: string): Kind[] {
  const aliases: Record<string, Kind> = { number: 'numbers', date: 'dates', person: 'people', place: 'places', quote: 'quotes' };
  const out: Kind[] = [];
  for (const raw of spec.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean)) {
    const kind = (KINDS as readonly string[]).includes(raw) ? (raw as Kind) : aliases[raw];
    if (!kind) throw new UsageError(`unknown kind "${raw}" in --only (choose from ${KINDS.join(', ')})`);
    if (!out.includes(kind)) out.push(kind);
  }
  if (out.length === 0) throw new UsageError(`--only needs at least one kind (${KINDS.join(', ')})`);
  return out;
}

/** "--ref-date 2025-04-11" (a real calendar date, optionally with a time). */
export function parseRefDate(spec: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2})?)?$/.exec(spec.trim());
  if (m) {
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    if (d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3]) return spec.trim();
  }
  throw new UsageError(`--ref-date must be a date like 2025-04-11 (got "${spec}")`);
}

/** "--jobs 4": a positive whole number of worker threads (1 = in-process). */
export function parseJobs(spec: string): number {
  const n = Number(spec);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new UsageError(`--jobs must be a whole number from 1 to 256 (got "${spec}")`);
  return n;
}

/** "--max-size 200MB" (also KB, GB, or plain bytes) → bytes. */
export function parseSize(spec: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(spec.trim());
  if (!m) throw new UsageError(`--max-size must be a size like 50MB (got "${spec}")`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(m[1]) * factor);
}
