import { TITLE_WORDS } from '../../lexicon/speaker-words.js';
import type { PersonFinding, Span } from '../../types.js';
import { givenNameGender, titleGender, type Gender } from './gender.js';
import type { Mention } from './mention.js';
import { isNameToken, mentionFromRun, runEnd } from './speaker-mention.js';
import { tokenize } from './tokens.js';

/** A person mentioned in the document, a candidate antecedent for "he"/"she". */
export interface PersonMention extends Span {
  name: string;
  gender: Gender;
}

/**
 * The people of one document, for canonical speaker names and pronouns. With
 * the people extractor's findings it simply indexes them; without, it reads
 * name runs itself (a given name from the lexicon or a title before the run
 * makes it a person: "President Volodymyr Zelenskyy", "Hillary Clinton"), and
 * maps each surname to the fullest form the document uses most.
 */
export class PersonIndex {
  readonly mentions: PersonMention[] = [];
  private readonly bySurname = new Map<string, Map<string, number>>();
  private readonly people: readonly PersonFinding[];

  constructor(text: string, paragraphs: readonly Span[], people: readonly PersonFinding[], quotes: readonly Span[]) {
    this.people = people;
    if (people.length > 0) {
      for (const p of people) this.mentions.push({ start: p.start, end: p.end, name: p.name, gender: genderOf(p.name, p.title) });
    } else {
      this.readNames(text, paragraphs);
    }
    this.dropInside(quotes);
  }

  /** The canonical name for a person or group mention. */
  canonical(m: Mention): string {
    if (this.people.length > 0) {
      const p = this.findingAt(m);
      if (p) return p.name;
    }
    if (m.type !== 'person') return m.text.replace(/^(the|a|an)\s+/i, '');
    const words = m.text.split(/\s+/);
    const forms = this.bySurname.get(words[words.length - 1]);
    if (!forms) return m.text;
    let best = m.text;
    let bestCount = 0;
    for (const [form, count] of forms) {
      // "Clinton" → "Hillary Clinton"; a two-word mention only grows when its first word agrees.
      if (words.length > 1 && !form.startsWith(words[0])) continue;
      if (count > bestCount || (count === bestCount && form.length > best.length)) [best, bestCount] = [form, count];
    }
    return best.length >= m.text.length ? best : m.text;
  }

  /** The most recent person before `pos` whose gender fits the pronoun ("he" skips a known woman). */
  antecedent(pos: number, pronoun: string): PersonMention | null {
    const want: Gender = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null;
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].end <= pos) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0 && lo - i <= 40; i--) {
      const g = this.mentions[i].gender;
      if (!want || !g || g === want) return this.mentions[i];
    }
    return null;
  }

  /** Records a speaker the quote rules found, so later pronouns and surnames can refer to it. */
  addSpeaker(m: Mention, name: string): void {
    if (m.type !== 'person' || this.people.length > 0) return;
    const entry = { start: m.start, end: m.end, name, gender: genderOf(name, null) };
    let i = this.mentions.length;
    while (i > 0 && this.mentions[i - 1].start > m.start) i--;
    if (i > 0 && this.mentions[i - 1].start === m.start) return;
    this.mentions.splice(i, 0, entry);
  }

  private findingAt(m: Span): PersonFinding | null {
    for (const p of this.people) if (p.start < m.end && m.start < p.end) return p;
    return null;
  }

  private readNames(text: string, paragraphs: readonly Span[]): void {
    const singles: { start: number; end: number; word: string }[] = [];
    for (const para of paragraphs) {
      const tokens = tokenize(text, para.start, para.end);
      for (let a = 0; a < tokens.length; a++) {
        if (!isNameToken(tokens[a])) continue;
        const b = runEnd(tokens, a, tokens.length);
        const m = mentionFromRun(tokens, a, b, text);
        const titled = m !== null && (m.start > tokens[a].start || (a > 0 && TITLE_WORDS.has(tokens[a - 1].lower.replace(/\.$/, ''))));
        if (m && m.type === 'person') {
          const words = m.text.split(/\s+/);
          if (words.length === 1) singles.push({ start: m.start, end: m.end, word: words[0] });
          else if (titled || givenNameGender(words[0]) !== null) {
            const title = titled && m.start > tokens[a].start ? text.slice(tokens[a].start, m.start).trim().split(/\s+/).pop() ?? null : null;
            this.mentions.push({ start: m.start, end: m.end, name: m.text, gender: genderOf(m.text, title) });
            const last = words[words.length - 1];
            const forms = this.bySurname.get(last) ?? new Map<string, number>();
            forms.set(m.text, (forms.get(m.text) ?? 0) + 1);
            this.bySurname.set(last, forms);
          }
        }
        a = b;
      }
    }
    // A surname alone is a person once the document has used the full name.
    for (const s of singles) {
      if (!this.bySurname.has(s.word)) continue;
      const name = this.canonical({ start: s.start, end: s.end, text: s.word, type: 'person' });
      this.mentions.push({ start: s.start, end: s.end, name, gender: genderOf(name, null) });
    }
    this.mentions.sort((x, y) => x.start - y.start);
  }

  private dropInside(quotes: readonly Span[]): void {
    if (quotes.length === 0) return;
    let q = 0;
    const kept = this.mentions.filter((m) => {
      while (q < quotes.length && quotes[q].end <= m.start) q++;
      return !(q < quotes.length && quotes[q].start <= m.start && m.end <= quotes[q].end);
    });
    this.mentions.length = 0;
    this.mentions.push(...kept);
  }
}

function genderOf(name: string, title: string | null): Gender {
  return (title ? titleGender(title) : null) ?? givenNameGender(name.split(/\s+/)[0]);
}

