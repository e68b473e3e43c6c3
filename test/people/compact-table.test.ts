import { describe, expect, it } from 'vitest';
import { pack, PackedHash, PackedStrings, unpack } from '../../src/extract/names/compact-table.js';

describe('packed gazetteer tables', () => {
  const keys = ['kyiv', 'washington', 'são paulo', 'new york', 'zürich', '北京', 'a', ''];
  const buf = pack([
    { name: 'places', type: 'hash', keys, values: keys.map((_, i) => i * 10) },
    { name: 'given', type: 'hash', keys: Array.from({ length: 5000 }, (_, i) => `name${i}`) },
    { name: 'labels', type: 'strings', items: ['Kyiv', 'São Paulo', ''] },
    { name: 'kind', type: 'u8', items: [0, 1, 2, 3, 255] },
    { name: 'code', type: 'u16', items: [0x5541, 0] },
    { name: 'pop', type: 'u32', items: [2_952_301, 0xffffffff] },
  ]);
  // A Buffer at an odd offset inside a larger allocation, as small reads can be.
  const shifted = Buffer.concat([Buffer.alloc(3), buf]).subarray(3);
  for (const [label, input] of [['aligned', buf], ['unaligned', shifted]] as const) {
    it(`round-trips every section (${label})`, () => {
      const t = unpack(input);
      const places = t.get('places') as PackedHash;
      expect(keys.map((k) => places.get(k))).toEqual(keys.map((_, i) => i * 10));
      expect(places.has('kyiv')).toBe(true);
      expect(places.get('Kyiv')).toBeUndefined();
      expect(places.has('kyi')).toBe(false);
      expect(places.has('kyivv')).toBe(false);
      expect(places.size).toBe(keys.length);
      const given = t.get('given') as PackedHash;
      expect(given.size).toBe(5000);
      for (let i = 0; i < 5000; i += 7) expect(given.has(`name${i}`)).toBe(true);
      expect(given.has('name5000')).toBe(false);
      expect(given.get('name42')).toBe(0);
      const labels = t.get('labels') as PackedStrings;
      expect([labels.at(0), labels.at(1), labels.at(2)]).toEqual(['Kyiv', 'São Paulo', '']);
      expect(Array.from(t.get('kind') as Uint8Array)).toEqual([0, 1, 2, 3, 255]);
      expect(Array.from(t.get('code') as Uint16Array)).toEqual([0x5541, 0]);
      expect(Array.from(t.get('pop') as Uint32Array)).toEqual([2_952_301, 0xffffffff]);
    });
  }

  it('refuses a file that is not a packed gazetteer', () => {
    expect(() => unpack(Buffer.from('{"version":1}   '))).toThrow(/not a newsmine gazetteer/);
  });
});
