import type { PersonFinding, Span, Speaker } from '../../../types.js';
import type { Attribution } from '../attribution/types.js';
import type { QuoteSpan } from '../scanner.js';
import { Antecedents } from './antecedent.js';
import { describedPerson, isPersonRole } from './description.js';
import { DocPeople } from './people.js';

/**
 * Names the speakers of one document's quotes, in document order: a person
 * mention takes its canonical name (people extractor), "he"/"she" the person
 * they refer to (antecedent.ts), a definite description the person it
 * describes (description.ts), and any other group its words without a
 * leading article ("Chinese Foreign Ministry", "officials"). Built on the
 * first quote with a speaker, so a document without one never pays for it.
 */
export class SpeakerNamer {
  private readonly people: DocPeople;
  private readonly antecedents: Antecedents;

  constructor(
    private readonly text: string,
    paragraphs: readonly Span[],
    sentences: readonly Span[],
    findings: readonly PersonFinding[] | undefined,
    quotes: readonly QuoteSpan[],
  ) {
    this.people = new DocPeople(text, paragraphs, findings, quotes);
    this.antecedents = new Antecedents(text, sentences, quotes, this.people);
  }

  /** The speaker of the quote opening at `quoteStart`, whose attribution has a mention. */
  name(a: Attribution, quoteStart: number): Speaker {
    const m = a.mention!;
    let name: string | null = null;
    if (m.type === 'pronoun') {
      const pronoun = m.text.toLowerCase();
      if (pronoun === 'it') return { name: this.antecedents.organisation(m.start) ?? m.text, start: m.start, end: m.end };
      name = this.antecedents.resolve(Math.min(m.start, quoteStart), pronoun);
      if (name) this.antecedents.recordSpeaker(quoteStart, name);
    } else if (m.type === 'group') {
      const words = m.text.toLowerCase().split(/\s+/);
      if (isPersonRole(words[words.length - 1]) && /\bthe\s+$/i.test(this.text.slice(Math.max(0, m.start - 4), m.start))) {
        name = describedPerson(this.text, this.people, m.start, words)?.name ?? null;
        if (name) this.antecedents.recordSpeaker(quoteStart, name);
      }
    } else {
      name = this.people.canonical(m);
      this.antecedents.recordSpeaker(quoteStart, name);
    }
    return { name: name ?? m.text.replace(/^(the|a|an)\s+/i, ''), start: m.start, end: m.end };
  }
}
