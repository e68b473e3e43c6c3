import { describe, expect, it } from 'vitest';
import { linkPeople } from '../../src/link/people.js';

// Linking is linear in the mentions (issue 10: one family named over and over was quadratic):
// a person keeps each distinct form once and a surname finds its nearest full mention by
// binary search. The answers are those of the one-by-one scan.
const FAMILY = ['Maria Kovalenko', 'Ivan Kovalenko', 'Olena Kovalenko', 'Petro Kovalenko', 'Kovalenko', 'Ivan Kovalenko'];

function cpuMs(f: () => void): number {
  const t0 = process.cpuUsage();
  f();
  const u = process.cpuUsage(t0);
  return (u.user + u.system) / 1000;
}

describe('linkPeople on one family named over and over', () => {
  it('links each surname to the nearest full name before it, however long the document', () => {
    const texts = Array.from({ length: 40_000 }, (_, k) => FAMILY[k % FAMILY.length]);
    const names = linkPeople(texts);
    // Every "Kovalenko" follows "Petro Kovalenko".
    expect(new Set(names.filter((_, k) => texts[k] === 'Kovalenko'))).toEqual(new Set(['Petro Kovalenko']));
    expect(names.slice(0, 6)).toEqual(['Maria Kovalenko', 'Ivan Kovalenko', 'Olena Kovalenko', 'Petro Kovalenko', 'Petro Kovalenko', 'Ivan Kovalenko']);
  });

  it('a surname before any full name takes the first full name after it', () => {
    expect(linkPeople(['Kovalenko', 'Kovalenko', 'Olena Kovalenko', 'Ivan Kovalenko', 'Kovalenko'])).toEqual([
      'Olena Kovalenko',
      'Olena Kovalenko',
      'Olena Kovalenko',
      'Ivan Kovalenko',
      'Ivan Kovalenko',
    ]);
  });

  it('four times the mentions take well under sixteen times as long', () => {
    const texts = (n: number) => Array.from({ length: n }, (_, k) => FAMILY[k % FAMILY.length]);
    const [small, large] = [texts(50_000), texts(200_000)];
    linkPeople(small);
    let ratio = Infinity;
    for (let attempt = 0; attempt < 3 && ratio >= 6; attempt++) {
      ratio = Math.min(ratio, Math.min(cpuMs(() => linkPeople(large)), cpuMs(() => linkPeople(large))) / Math.max(1, Math.min(cpuMs(() => linkPeople(small)), cpuMs(() => linkPeople(small)))));
    }
    expect(ratio).toBeLessThan(6);
  });

  it('thousands of people sharing a surname stay linear, and each is still linked', () => {
    // First names at least two edits apart (each code written twice), so none is a spelling of another.
    const code = (k: number) => [...k.toString(5).padStart(6, '0')].map((d) => 'abcde'[+d] + 'x').join('');
    const firsts = Array.from({ length: 5_000 }, (_, k) => `Q${code(k)}${code(k)}`);
    const texts = [...firsts.map((f) => `${f} Smith`), ...firsts.map((f) => `${f} Smith`)];
    const names = linkPeople(texts);
    expect(names.slice(5_000)).toEqual(texts.slice(5_000));
  });
});
