import { GROUP_HEADS, ORG_DESIGNATORS, TITLE_WORDS } from '../../lexicon/speaker-words.js';
import type { PersonFinding, Span } from '../../types.js';
import { givenNameGender, isGivenName, titleGender, type Gender } from './gender.js';
import type { Mention } from './mention.js';

// A run of capitalised words (with initials and name particles) — the only
// places a name can be. Alternatives start with distinct characters after a
// required space, so the regex cannot backtrack badly.
const RUN = /\p{Lu}[\p{L}\p{M}'’.\-]*(?:[ \u00a0]+(?:\p{Lu}[\p{L}\p{M}'’.\-]*|de|van|von|der|bin|ibn|al|da|di|del|du|la|le))*/gu;
const PREVIOUS_WORD = /([\p{L}.]+),?\s*$/u;
const ORG_LAST: ReadonlySet<string> = new Set([...GROUP_HEADS, ...ORG_DESIGNATORS]);
/** Capitalised words that open sentences but are never part of a name. */
const NOT_A_NAME = new Set(['the', 'a', 'an', 'but', 'and', 'or', 'so', 'in', 'on', 'at', 'as', 'if', 'when', 'while', 'after', 'before', 'then', 'this', 'that', 'it', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'their', 'our', 'my', 'its', 'there', 'here', 'former', 'asked', 'according']);

function splitRun(run: string, at: number): { word: string; key: string; start: number }[] {
  const out: { word: string; key: string; start: number }[] = [];
  let i = 0;
  for (const word of run.split(/[ \u00a0]+/)) {
    const start = run.indexOf(word, i);
    i = start + word.length;
    if (word) out.push({ word, key: word.toLowerCase().replace(/\.$/, ''), start: at + start });
  }
  return out;
}

/** A person mentioned in the document, a candidate antecedent for "he"/"she". */
export interface PersonMention extends Span {
  name: string;
  gender: Gender;
  /** Lower-cased words before the name in its run ("ukrainian president"), for matching descriptions. */
  context?: string;
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
  /** Speakers found by the quote rules, in document order (names the reading above may have missed). */
  private readonly speakers: PersonMention[] = [];
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

  /**
   * The person a definite description refers to: "the Ukrainian leader" → the
   * most recent person introduced as Ukrainian ("Ukrainian President Volodymyr
   * Zelenskyy"), else the most recent person.
   */
  described(pos: number, modifiers: string[]): PersonMention | null {
    if (modifiers.length > 0) {
      for (let i = this.mentions.length - 1, seen = 0; i >= 0 && seen < 60; i--) {
        const m = this.mentions[i];
        if (m.end > pos) continue;
        seen++;
        if (m.context && modifiers.some((w) => m.context!.split(' ').includes(w))) {
          // Later mentions of the same person count as the same referent.
          return this.mentions.slice(i).filter((x) => x.end <= pos && x.name === m.name).pop() ?? m;
        }
      }
    }
    return this.antecedent(pos, 'they');
  }

  /** The most recent person before `pos` whose gender fits the pronoun ("he" skips a known woman). */
  antecedent(pos: number, pronoun: string): PersonMention | null {
    const want: Gender = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null;
    const a = latestBefore(this.mentions, pos, want);
    const b = latestBefore(this.speakers, pos, want);
    return !a ? b : !b ? a : b.start > a.start ? b : a;
  }

  /**
   * Records a speaker the quote rules found, so later pronouns and surnames can
   * refer to it. Speakers come in document order, so this appends.
   */
  addSpeaker(m: Mention, name: string): void {
    if (m.type !== 'person' || this.people.length > 0) return;
    const last = this.speakers[this.speakers.length - 1];
    if (last && last.start >= m.start) return;
    this.speakers.push({ start: m.start, end: m.end, name, gender: genderOf(name, null) });
  }

  private findingAt(m: Span): PersonFinding | null {
    for (const p of this.people) if (p.start < m.end && m.start < p.end) return p;
    return null;
  }

  private readNames(text: string, paragraphs: readonly Span[]): void {
    const singles: { start: number; end: number; word: string }[] = [];
    for (const para of paragraphs) {
      // One regex pass finds the capitalised runs; each is split on spaces, no tokeniser needed.
      RUN.lastIndex = para.start;
      for (let r = RUN.exec(text); r && r.index < para.end; r = RUN.exec(text)) {
        const run = splitRun(r[0], r.index);
        // Titles and sentence openers drop from the left ("President Volodymyr Zelenskyy", "But Trump").
        // Everything up to the last title goes ("Ukrainian President Volodymyr Zelenskyy").
        let a = 0;
        let title: string | null = null;
        for (let t = 0; t < run.length - 1; t++) {
          if (TITLE_WORDS.has(run[t].key)) {
            title = run[t].word;
            a = t + 1;
          }
        }
        while (a < run.length && NOT_A_NAME.has(run[a].key)) a++;
        if (a >= run.length || ORG_LAST.has(run[run.length - 1].key.replace(/['’]s?$/, ''))) continue; // an organisation
        const words = run.slice(a);
        const last = words[words.length - 1];
        // Possessive and sentence-final full stop are outside the name ("Putin’s", "said Trump.").
        const lastWord = last.word.replace(/['’]s?$/, '').replace(/(\p{L}{2,})\.$/u, '$1');
        const end = last.start + lastWord.length;
        const name = [...words.slice(0, -1).map((w) => w.word), lastWord].join(' ');
        if (words.length === 1) {
          singles.push({ start: words[0].start, end, word: lastWord });
          continue;
        }
        const prev = r.index > para.start ? PREVIOUS_WORD.exec(text.slice(Math.max(para.start, r.index - 30), r.index)) : null;
        if (!prev || !TITLE_WORDS.has(prev[1].toLowerCase().replace(/\.$/, ''))) {
          if (title === null && !isGivenName(words[0].word)) continue;
        } else title ??= prev[1];
        const context = run.slice(0, a).map((w) => w.key).join(' ');
        this.mentions.push({ start: words[0].start, end, name, gender: genderOf(name, title), context });
        const forms = this.bySurname.get(lastWord) ?? new Map<string, number>();
        forms.set(name, (forms.get(name) ?? 0) + 1);
        this.bySurname.set(lastWord, forms);
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

/** The last mention ending at or before `pos` whose gender fits (at most 40 back). */
function latestBefore(list: readonly PersonMention[], pos: number, want: Gender): PersonMention | null {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && lo - i <= 40; i--) {
    const g = list[i].gender;
    if (!want || !g || g === want) return list[i];
  }
  return null;
}

function genderOf(name: string, title: string | null): Gender {
  return (title ? titleGender(title) : null) ?? givenNameGender(name.split(/\s+/)[0]);
}

