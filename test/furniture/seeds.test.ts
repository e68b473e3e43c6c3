import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFurniture } from '../../src/furniture/index.js';
import { segment } from '../../src/segment/index.js';

// The seed articles: every furniture line is marked and no article line is.
// The expected lines were listed by hand from reading each seed.
const SEEDS = path.resolve(import.meta.dirname, '../../seeds');

function furnitureLines(file: string): { marked: string[]; authors: string[]; published: string | null } {
  const text = readFileSync(path.join(SEEDS, file), 'utf8');
  const f = findFurniture(text, segment(text).paragraphs);
  return { marked: f.boilerplate.map((b) => text.slice(b.start, b.end)), authors: f.authors, published: f.published };
}

describe('furniture on the seeds', () => {
  it('000: the photo credit only', () => {
    expect(furnitureLines('000_fb812dc363c76c5f.txt').marked).toEqual(['Ukrainian Security Service via AFP – Getty Images']);
  });

  it('001 and 002: nothing (002 keeps its "At a Glance" heading and bullets)', () => {
    expect(furnitureLines('001_94f9442ad72cc1bb.txt').marked).toEqual([]);
    expect(furnitureLines('002_714d107851965d37.txt').marked).toEqual([]);
  });

  it('003: byline, share label, ad label, syndication and copyright lines; authors without the outlet', () => {
    const f = furnitureLines('003_ffa6c65ca41ad220.txt');
    expect(f.marked).toEqual([
      'By Maria Varenikova and David Pierson New York Times',
      'Share this story',
      'ADVERTISING',
      'This article originally appeared in The New York Times.',
      '© 2025 The New York Times Company',
    ]);
    expect(f.authors).toEqual(['Maria Varenikova', 'David Pierson']);
    expect(f.published).toBeNull();
  });

  it('004: promo, navigation, byline, caption, audio notice, teaser, news feed, subscription boxes; not the headline', () => {
    const f = furnitureLines('004_ecd791661a663c1e.txt');
    expect(f.authors).toEqual(['Kateryna Denisova']);
    expect(f.published).toBe('2025-04-11T20:46');
    expect(f.marked).not.toContain("'Several hundred' Chinese nationals fighting for Russia, Zelensky says");
    expect(f.marked.slice(0, 7)).toEqual([
      'The Power Within: The Kyiv Independent’s first-ever magazine. Be among the first to get it.',
      'pre-order now',
      'Skip to content',
      'Edit post',
      'by Kateryna Denisova April 11, 2025 8:46 PM 2 min read',
      expect.stringMatching(/^President Volodymyr Zelensky speaks dyring .*via Getty Images\)$/),
      'This audio is created with AI assistance',
    ]);
    // Everything from the teaser to the end of the page is furniture; the article paragraphs before it are not.
    const text = readFileSync(path.join(SEEDS, '004_ecd791661a663c1e.txt'), 'utf8');
    const lines = segment(text).paragraphs.map((p) => text.slice(p.start, p.end));
    const teaser = lines.findIndex((l) => l.startsWith('‘Don’t come'));
    expect(f.marked.slice(7)).toEqual(lines.slice(teaser));
    expect(f.marked).toHaveLength(7 + lines.length - teaser);
  });
});
