import type { PersonFinding, Span } from '../../../types.js';
import type { Mention } from '../mention/types.js';
import { readNames } from './fallback-names.js';
import { givenNameGender, titleGender, type Gender } from './gender.js';

/** A person mentioned in the document outside quotes: a candidate speaker and antecedent. */
export interface PersonMention extends Span {
  /** Canonical name ("Volodymyr Zelensky" for "Zelensky"). */
  name: string;
  /** The role word attached to this mention ("President", "Sen."), or null. */
  title: string | null;
}

/**
 * The people of one document, in text order, for speaker names and pronouns:
 * the people extractor's findings (ctx.found.people), or — when it did not
 * run (`findings` undefined) — the fallback reading of fallback-names.ts. Mentions inside quotes are
 * left out: "Hillary," in '"We love Hillary," he said' is not who "he" is.
 */
export class DocPeople {
  readonly list: PersonMention[];
  private readonly all: readonly PersonMention[];
  private genders: Map<string, Gender> | null = null;
  private lastWords: Map<string, string> | null = null;

  constructor(text: string, paragraphs: readonly Span[], findings: readonly PersonFinding[] | undefined, quotes: readonly Span[]) {
    this.all = findings ? findings.map((p) => ({ start: p.start, end: p.end, name: p.name, title: p.title })) : readNames(text, paragraphs);
    this.list = outside(this.all, quotes);
  }

  /** The gender of a canonical name: any title used with it ("Mrs. Clinton"), else its given name's (none for "Trump" alone). */
  genderOf(name: string): Gender {
    if (!this.genders) {
      // Built on the first pronoun: titles first, then given names only for the names asked about.
      this.genders = new Map();
      for (const p of this.all) {
        const g = p.title ? titleGender(p.title) : null;
        if (g) this.genders.set(p.name, g);
      }
    }
    let g = this.genders.get(name);
    if (g === undefined) {
      g = nameGender(name);
      this.genders.set(name, g);
    }
    return g;
  }

  /** The person mention overlapping `span`, or null (binary search). */
  at(span: Span): PersonMention | null {
    const i = this.firstEndingAfter(span.start);
    return i < this.list.length && this.list[i].start < span.end ? this.list[i] : null;
  }

  /** Index of the first mention that ends after `pos`: mentions [0, i) end at or before it. */
  firstEndingAfter(pos: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The canonical name of a person mention: the finding it overlaps, else a
   * person whose name ends with the mention's last word ("Clinton" → "Hillary
   * Clinton"), else the words as written.
   */
  canonical(m: Mention): string {
    const p = this.at(m);
    if (p) return p.name;
    if (!this.lastWords) {
      this.lastWords = new Map();
      for (const q of this.all) this.lastWords.set(lastWord(q.name), q.name);
    }
    return this.lastWords.get(lastWord(m.text)) ?? m.text;
  }
}

function outside(mentions: readonly PersonMention[], quotes: readonly Span[]): PersonMention[] {
  const sorted = mentions.slice().sort((a, b) => a.start - b.start);
  let q = 0;
  return sorted.filter((m) => {
    while (q < quotes.length && quotes[q].end <= m.start) q++;
    return !(q < quotes.length && quotes[q].start <= m.start && m.end <= quotes[q].end);
  });
}

function lastWord(name: string): string {
  const words = name.split(/\s+/);
  return words[words.length - 1].replace(/['’]s?$/, '');
}

function nameGender(name: string): Gender {
  const words = name.split(/\s+/);
  return words.length > 1 ? givenNameGender(words[0]) : null;
}
