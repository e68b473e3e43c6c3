// Bytes to text. UTF-8 by default (a BOM is dropped); UTF-16 when a BOM says
// so; binary content is refused rather than mined as garbage.

export class DecodeError extends Error {}

export interface Decoded {
  text: string;
  /** Set when invalid UTF-8 was replaced with U+FFFD: says where the first bad byte was. */
  warning: string | null;
}

const SNIFF = 8192;

export function decodeBytes(buf: Uint8Array): Decoded {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), warning: null };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), warning: null };
  }
  const body = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  if (looksBinary(body)) {
    throw new DecodeError('binary content (NUL or control bytes), not text');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), warning: null };
  } catch {
    const at = firstInvalidUtf8(body);
    return {
      text: new TextDecoder('utf-8').decode(body),
      warning: `invalid UTF-8 at byte ${at}; decoded with replacement characters (U+FFFD)`,
    };
  }
}

/**
 * Text files have no NUL bytes and few control characters; images, archives
 * and executables have many. Only the first few KB are inspected.
 */
function looksBinary(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, SNIFF);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    let need = 0;
    let min = 0;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
