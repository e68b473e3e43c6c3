import type { Span } from '../../../types.js';
import type { QuoteSpan } from '../scanner.js';
import type { Gender } from './gender.js';
import type { DocPeople } from './people.js';
import { sentenceSubject } from '../mention/clause-subject.js';
import { tokenize } from '../tokens.js';
import { firstEndingAfter, sentenceSubject as personSubject, type Subject } from './subject.js';

/** How far back a pronoun's antecedent is looked for: sentences, and characters. */
const SENTENCES_BACK = 8;
const CHARS_BACK = 2500;

interface Candidate {
  name: string;
  gender: Gender;
  /** Named as a possessor ("Obama’s policies"): less likely to be what a later subject pronoun means. */
  possessor?: boolean;
}

/**
 * Resolves "he" and "she" to a person by salience rather than recency, one
 * sentence at a time going back from the pronoun's: first the sentence's
 * subject ('Sanders met Clinton on Monday. "...," he said' → Sanders), then the
 * speaker of a quote in it, then any other person in it, latest first; a
 * sentence whose subject is the same pronoun passes on to the one before ('He
 * thanked Clinton.' says nothing new about who "he" is). Gender must fit when
 * it is known; a person of unknown gender ("Trump" with no given name in the
 * text) is taken only as a subject or when nothing else fits.
 */
export class Antecedents {
  private readonly subjects = new Map<number, Subject>();
  /** Speakers named so far, in document order (quote position, name). */
  private readonly speakers: { pos: number; name: string }[] = [];

  constructor(
    private readonly text: string,
    private readonly sentences: readonly Span[],
    private readonly quotes: readonly QuoteSpan[],
    private readonly people: DocPeople,
  ) {}

  /** A quote at `pos` was given the speaker `name`: later pronouns may refer to them. */
  recordSpeaker(pos: number, name: string): void {
    const last = this.speakers[this.speakers.length - 1];
    if (!last || last.pos < pos) this.speakers.push({ pos, name });
  }

  resolve(pos: number, pronoun: string): string | null {
    const want: Gender = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null;
    if (!want) return null;
    const fits = (c: Candidate): boolean => c.gender === want || c.gender === null;
    let fallback: string | null = null;
    const s0 = firstEndingAfter(this.sentences, pos);
    for (let k = s0 - 1; k >= 0 && s0 - k <= SENTENCES_BACK && pos - this.sentences[k].end <= CHARS_BACK; k--) {
      let s = this.sentences[k];
      const subject = this.subjectOf(k);
      if (subject && 'pronoun' in subject) {
        // 'As for Trump, he said he’s not worried.': the same pronoun as subject refers to whoever
        // its own sentence named before it, or else to the referent sought further back.
        if (subject.pronoun === pronoun) s = { start: s.start, end: subject.start };
      } else if (subject) {
        const c = this.candidate(subject.person.name);
        if (fits(c)) return c.name;
      }
      for (const c of this.others(s)) {
        if (c.gender === want && !c.possessor) return c.name;
        if (c.gender === null || c.gender === want) fallback ??= c.name;
      }
    }
    return fallback;
  }

  /**
   * What "it" at `pos` speaks for: the organisation or country that is the
   * subject of its own sentence before it ('China has responded ..., advising
   * ... what it called “irresponsible remarks.”') or of the sentence before.
   */
  organisation(pos: number): string | null {
    const s0 = firstEndingAfter(this.sentences, pos);
    for (let k = s0; k >= 0 && s0 - k <= 1; k--) {
      const s = this.sentences[k];
      if (!s) continue;
      const tokens = tokenize(this.text, s.start, Math.min(pos, s.end, s.start + 300));
      const m = sentenceSubject(tokens, tokens.length, this.text);
      if (!m || m.type === 'pronoun' || (m.type === 'person' && this.people.at(m))) continue;
      return m.text.replace(/^(the|a|an)\s+/i, '');
    }
    return null;
  }

  private subjectOf(k: number): Subject {
    if (!this.subjects.has(k)) this.subjects.set(k, personSubject(this.text, this.sentences[k], this.quotes, this.people));
    return this.subjects.get(k)!;
  }

  /** Speakers of quotes in sentence `s`, then the people mentioned in it, each latest first. */
  private *others(s: Span): Generator<Candidate> {
    for (let i = this.speakers.length - 1; i >= 0 && this.speakers[i].pos >= s.start; i--) {
      if (this.speakers[i].pos < s.end) yield this.candidate(this.speakers[i].name);
    }
    const list = this.people.list;
    for (let i = this.people.firstEndingAfter(s.end) - 1; i >= 0 && list[i].start >= s.start; i--) {
      const possessor = /^['’]/.test(this.text.slice(list[i].end, list[i].end + 1));
      yield { ...this.candidate(list[i].name), possessor };
    }
  }

  private candidate(name: string): Candidate {
    return { name, gender: this.people.genderOf(name) };
  }
}
