// Read-only string tables packed in one binary file: hash sets and maps over
// typed arrays (open addressing), string lists and number columns. The
// gazetteer has ~350k keys: as JavaScript Maps, Sets and objects they cost
// ~100 MB in every worker thread; packed, they are one buffer read from disk.

/** What the extractors need of a set or a map. */
export interface Lookup<V> {
  get(key: string): V | undefined;
  has(key: string): boolean;
  readonly size: number;
}

const MAGIC = 0x4e4d4733; // "NMG3"
const enum Type {
  Hash = 1,
  Strings = 2,
  U8 = 3,
  U16 = 4,
  U32 = 5,
}

/** FNV-1a over UTF-16 code units: the tables' hash, for callers that ask several tables about one key. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export type Section =
  | { name: string; type: 'hash'; keys: string[]; values?: number[] }
  | { name: string; type: 'strings'; items: string[] }
  | { name: string; type: 'u8' | 'u16' | 'u32'; items: number[] };

/** Writes sections into one buffer (build time). Every part is padded to 4 bytes. */
export function pack(sections: Section[]): Buffer {
  const parts: Buffer[] = [];
  const push = (b: Buffer) => {
    parts.push(b);
    if (b.length % 4) parts.push(Buffer.alloc(4 - (b.length % 4)));
  };
  const u32 = (...ns: number[]) => push(Buffer.from(Uint32Array.from(ns.map((n) => n >>> 0)).buffer));
  const strings = (items: string[]) => {
    const offsets = new Uint32Array(items.length + 1);
    for (let k = 0; k < items.length; k++) offsets[k + 1] = offsets[k] + items[k].length;
    u32(items.length);
    push(Buffer.from(offsets.buffer));
    push(Buffer.from(items.join(''), 'utf16le'));
  };
  u32(MAGIC, sections.length);
  for (const s of sections) {
    strings([s.name]);
    if (s.type === 'hash') {
      let cap = 16;
      while (cap < s.keys.length * 1.5) cap *= 2;
      if (s.keys.length > MAX_KEYS) throw new Error(`compact-table: ${s.name} has more than ${MAX_KEYS} keys`);
      const slots = new Int32Array(cap).fill(-1);
      s.keys.forEach((key, k) => {
        const h = hash(key);
        let at = h & (cap - 1);
        while (slots[at] !== -1) at = (at + 1) & (cap - 1);
        slots[at] = slot(k, h);
      });
      u32(Type.Hash, cap, s.values ? 1 : 0);
      push(Buffer.from(slots.buffer));
      strings(s.keys);
      if (s.values) push(Buffer.from(Uint32Array.from(s.values).buffer));
    } else if (s.type === 'strings') {
      u32(Type.Strings);
      strings(s.items);
    } else {
      const Arr = s.type === 'u8' ? Uint8Array : s.type === 'u16' ? Uint16Array : Uint32Array;
      u32(s.type === 'u8' ? Type.U8 : s.type === 'u16' ? Type.U16 : Type.U32, s.items.length);
      push(Buffer.from(Arr.from(s.items).buffer));
    }
  }
  return Buffer.concat(parts);
}

/** A list of strings stored as one UTF-16 pool with offsets. */
export class PackedStrings {
  constructor(
    private readonly offsets: Uint32Array,
    private readonly pool: Uint16Array,
  ) {}

  get length(): number {
    return this.offsets.length - 1;
  }

  at(k: number): string {
    const a = this.offsets[k];
    const b = this.offsets[k + 1];
    return String.fromCharCode.apply(null, this.pool.subarray(a, b) as unknown as number[]);
  }

  /** Compares item k with `s` without making a string. */
  equals(k: number, s: string): boolean {
    const a = this.offsets[k];
    if (this.offsets[k + 1] - a !== s.length) return false;
    for (let i = 0; i < s.length; i++) if (this.pool[a + i] !== s.charCodeAt(i)) return false;
    return true;
  }
}

// A slot holds the key's index in its low 21 bits and 10 bits of the key's hash above them
// (-1: empty), so that a probe rejects a different key without reading the key's text:
// each such read is a cache miss in a table of megabytes.
const KEY_BITS = 21;
const MAX_KEYS = 1 << KEY_BITS;
const KEY_MASK = MAX_KEYS - 1;

function slot(k: number, h: number): number {
  return (tag(h) << KEY_BITS) | k;
}

function tag(h: number): number {
  return h >>> 22;
}

/** A hash set or map read from the buffer: `get` gives the stored number (0 for sets). */
export class PackedHash implements Lookup<number> {
  constructor(
    private readonly slots: Int32Array,
    private readonly keys: PackedStrings,
    private readonly values: Uint32Array | null,
  ) {}

  get size(): number {
    return this.keys.length;
  }

  private find(key: string, h = hash(key)): number {
    const mask = this.slots.length - 1;
    const t = tag(h);
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const v = this.slots[s];
      if (v < 0) return -1;
      if (v >>> KEY_BITS === t && this.keys.equals(v & KEY_MASK, key)) return v & KEY_MASK;
    }
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  get(key: string): number | undefined {
    const k = this.find(key);
    return k < 0 ? undefined : this.values ? this.values[k] : 0;
  }

  /** `has` with the key's `hash` already computed. */
  hasHashed(key: string, h: number): boolean {
    return this.find(key, h) >= 0;
  }

  /** `get` with the key's `hash` already computed. */
  getHashed(key: string, h: number): number | undefined {
    const k = this.find(key, h);
    return k < 0 ? undefined : this.values ? this.values[k] : 0;
  }
}

export type Unpacked = PackedHash | PackedStrings | Uint8Array | Uint16Array | Uint32Array;

/** Reads what pack() wrote. Typed arrays view the buffer: nothing is copied. */
export function unpack(buf: Buffer): Map<string, Unpacked> {
  // A file read whole owns its ArrayBuffer; copy only if it is not 4-byte aligned.
  const bytes = buf.byteOffset % 4 === 0 ? buf : Buffer.from(buf);
  const ab = bytes.buffer as ArrayBuffer; // or a SharedArrayBuffer: typed arrays read both alike
  let at = bytes.byteOffset;
  const pad = (n: number) => Math.ceil(n / 4) * 4;
  const u32 = () => new Uint32Array(ab, (at += 4) - 4, 1)[0];
  const strings = () => {
    const n = u32();
    const offsets = new Uint32Array(ab, at, n + 1);
    at += pad((n + 1) * 4);
    const pool = new Uint16Array(ab, at, offsets[n]);
    at += pad(offsets[n] * 2);
    return new PackedStrings(offsets, pool);
  };
  if (u32() !== MAGIC) throw new Error('not a newsmine gazetteer file (rebuild with `npm run build`)');
  const count = u32();
  const out = new Map<string, Unpacked>();
  for (let i = 0; i < count; i++) {
    const name = strings().at(0);
    const type = u32() as Type;
    if (type === Type.Hash) {
      const cap = u32();
      const hasValues = u32() === 1;
      const slots = new Int32Array(ab, at, cap);
      at += cap * 4;
      const keys = strings();
      let values: Uint32Array | null = null;
      if (hasValues) {
        values = new Uint32Array(ab, at, keys.length);
        at += keys.length * 4;
      }
      out.set(name, new PackedHash(slots, keys, values));
    } else if (type === Type.Strings) {
      out.set(name, strings());
    } else {
      const n = u32();
      const Arr = type === Type.U8 ? Uint8Array : type === Type.U16 ? Uint16Array : Uint32Array;
      out.set(name, new Arr(ab, at, n));
      at += pad(n * Arr.BYTES_PER_ELEMENT);
    }
  }
  return out;
}
