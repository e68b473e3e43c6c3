import { KINDS } from '../types.js';
import { SCORED_KINDS, type Floors, type ScoredKind, type Selectable } from './types.js';

const ALIASES: Record<string, Selectable> = {
  number: 'numbers', date: 'dates', person: 'people', place: 'places', quote: 'quotes',
  sentence: 'sentences', paragraph: 'paragraphs', documents: 'document', fields: 'document',
};

/** A kind name as a user may type it (singular or plural, any case), or null. */
export function kindName(raw: string): Selectable | null {
  const k = raw.trim().toLowerCase();
  if ((SCORED_KINDS as readonly string[]).includes(k) || k === 'document') return k as Selectable;
  return ALIASES[k] ?? null;
}

/** "--kinds numbers,quotes" → kinds; throws with the list of names on a typo. */
export function parseKindList(spec: string): Selectable[] {
  const out: Selectable[] = [];
  for (const raw of spec.split(',').filter((s) => s.trim() !== '')) {
    const k = kindName(raw);
    if (!k) throw new Error(`unknown kind "${raw.trim()}" (choose from ${[...SCORED_KINDS, 'document'].join(', ')})`);
    if (!out.includes(k)) out.push(k);
  }
  if (out.length === 0) throw new Error(`needs at least one kind (${KINDS.join(', ')}, ...)`);
  return out;
}

/**
 * "--min-f1 0.9" (every kind), "--min-f1 numbers=0.95,quotes=0.6" (those
 * kinds only), or both ("0.8,quotes=0.6": 0.8 for the others).
 */
export function parseFloors(spec: string): Floors {
  const floors: Floors = { all: null, perKind: {} };
  const parts = spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (parts.length === 0) throw new Error('--min-f1 needs a number (0.95) or kind=number pairs (numbers=0.95,quotes=0.6)');
  for (const part of parts) {
    const eq = part.indexOf('=');
    const value = ratio(eq < 0 ? part : part.slice(eq + 1), part);
    if (eq < 0) {
      floors.all = value;
      continue;
    }
    const k = kindName(part.slice(0, eq));
    if (!k || k === 'document') {
      throw new Error(`unknown kind "${part.slice(0, eq)}" in --min-f1 (choose from ${SCORED_KINDS.join(', ')})`);
    }
    floors.perKind[k as ScoredKind] = value;
  }
  return floors;
}

function ratio(s: string, part: string): number {
  const v = Number(s.trim());
  if (s.trim() === '' || !Number.isFinite(v) || v < 0 || v > 1) {
    throw new Error(`--min-f1 floors are F1 scores between 0 and 1 (got "${part}")`);
  }
  return v;
}

/** The floor for one kind: its own, else the one for every kind, else none. */
export function floorFor(floors: Floors | null | undefined, kind: ScoredKind): number | null {
  if (!floors) return null;
  return floors.perKind[kind] ?? floors.all;
}
