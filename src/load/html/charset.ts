// Saved pages are not always UTF-8: a page that declares another charset
// (`<meta charset="windows-1252">`) is decoded with it, as a browser would.
import { decodeBytes, type Decoded } from '../decode.js';

// Read from the first 4,096 bytes only (as browsers sniff). `=["'\s]*` is one class where
// `=\s*["']?\s*` had three overlapping options (cubic on a run of spaces).
const DECLARED = /<meta[^>]+charset\s*=["'\s]*([\w:.-]+)/i;

export function decodeHtml(bytes: Uint8Array): Decoded {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label = DECLARED.exec(head)?.[1]?.toLowerCase();
  if (label && !/^utf-?8$/.test(label) && !(bytes[0] === 0xff || bytes[0] === 0xfe || bytes[0] === 0xef)) {
    try {
      return { text: new TextDecoder(label).decode(bytes), warning: null };
    } catch {
      // An unknown label: fall through to UTF-8, which reports bad bytes itself.
    }
  }
  return decodeBytes(bytes);
}
