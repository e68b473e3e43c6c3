import { describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8 } from '../../src/load/decode.js';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('decodeBytes', () => {
  it.each([
    ['plain UTF-8', Buffer.from('Kyiv — Київ'), 'Kyiv — Київ'],
    ['UTF-8 with BOM (dropped)', Buffer.concat([bytes(0xef, 0xbb, 0xbf), Buffer.from('Hi')]), 'Hi'],
    ['UTF-16 LE with BOM', Buffer.concat([bytes(0xff, 0xfe), Buffer.from('Zelenskyy said', 'utf16le')]), 'Zelenskyy said'],
    ['UTF-16 BE with BOM', Buffer.concat([bytes(0xfe, 0xff), Buffer.from('AB', 'utf16le').swap16()]), 'AB'],
    ['CRLF kept as is', Buffer.from('a\r\nb'), 'a\r\nb'],
    ['empty', Buffer.alloc(0), ''],
  ])('%s', (_name, input, expected) => {
    expect(decodeBytes(input)).toEqual({ text: expected, warning: null });
  });

  it('refuses binary content', () => {
    expect(() => decodeBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13))).toThrow(/binary/);
  });

  it('decodes invalid UTF-8 with replacement characters and says where', () => {
    const d = decodeBytes(Buffer.concat([Buffer.from('caf'), bytes(0xe9), Buffer.from(' au lait')]));
    expect(d.text).toBe('caf\uFFFD au lait');
    expect(d.warning).toMatch(/invalid UTF-8 at byte 3/);
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [bytes(0x41, 0x42), -1],
    [bytes(0x41, 0xc3, 0xa9), -1],
    [bytes(0x41, 0xc3), 1], // truncated sequence
    [bytes(0xc0, 0x80), 0], // overlong
    [bytes(0xed, 0xa0, 0x80), 0], // encoded surrogate
    [bytes(0xf0, 0x9f, 0x98, 0x80), -1], // emoji
    [bytes(0x41, 0x80), 1], // stray continuation byte
  ])('%o → %i', (input, expected) => {
    expect(firstInvalidUtf8(input)).toBe(expected);
  });
});
