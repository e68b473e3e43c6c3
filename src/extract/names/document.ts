import type { Candidate } from './candidates.js';
import type { Label, Mention } from './classify.js';
import type { Gazetteer } from './gazetteer.js';
import { lookupPlace, phrase } from './place-lookup.js';
import { spellingKey, type Token } from './tokens.js';

/**
 * One document's evidence, pooled: a name classified with confidence in one sentence
 * decides its bare repetitions elsewhere ("Alexander Lebed" → a later "Lebed"), the
 * "one sense per discourse" rule that statistical taggers learn as a feature.
 */
export class DocumentNames {
  /** Lower-cased text of a strong mention → its label. */
  readonly labels = new Map<string, Label>();
  /** Lower-cased single words of strong multi-word person names ("lebed" from "Alexander Lebed"). */
  readonly personWords = new Set<string>();

  /** First words of organisation names ("pirelli" from "Pirelli SpA"): bare, they name the organisation. */
  readonly orgWords = new Set<string>();

  /** First words of multi-word labels, so that headlines try longer matches only where one may start. */
  readonly firstWords = new Set<string>();

  /** Last words of multi-word names that only look like people ("Jesper Parnevik"): a weaker vote for a bare "Parnevik". */
  readonly weakSurnames = new Set<string>();

  learn(m: Mention): void {
    if (m.label === 'PER' && (m.cand.j - m.cand.i > 1 || m.rule === 'scorecard' || m.rule === 'list')) this.weakSurnames.add(spellingKey(m.cand.tokens[m.cand.j - 1]));
    if (!m.strong) return;
    if (m.cand.j - m.cand.i > 1) this.firstWords.add(m.cand.tokens[m.cand.i].lower);
    if (m.label === 'ORG' && m.rule === 'org-head' && m.cand.j - m.cand.i > 1) this.orgWords.add(m.cand.tokens[m.cand.i].lower);
    const key = m.text.toLowerCase();
    if (!this.labels.has(key)) this.labels.set(key, m.label);
    // "Florida Marlins" … "the Marlins", "MARLINS": the nickname alone is the team.
    if (m.rule === 'team') this.labels.set(m.cand.tokens[m.cand.j - 1].lower, 'ORG');
    if (m.label === 'PER') {
      const c = m.cand;
      if (c.j - c.i > 1 && (m.rule === 'name-shape' || m.rule === 'title' || m.rule === 'honorific')) this.surnames.add(spellingKey(c.tokens[c.j - 1]));
      for (let k = c.i; k < c.j; k++) {
        const t = c.tokens[k];
        if (!t.initial && t.text.length > 1) this.personWords.add(t.lower).add(spellingKey(t));
      }
    }
  }

  /** Surnames of confidently recognised full names: they outrank a place of the same name ("Neil Jordan"). */
  readonly surnames = new Set<string>();

  isSurname(t: Token): boolean {
    return this.surnames.size > 0 && this.surnames.has(spellingKey(t));
  }

  /**
   * A bare word that is also a place names the person whose surname it is here: a confident
   * full name outranks any place ("Neil Jordan" … "Jordan said"); a full name that only looks
   * like one ("MaliVai Washington") outranks a town only.
   */
  personOutranksPlace(t: Token, m: Mention): boolean {
    if (this.isSurname(t)) return true;
    return m.place?.kind === 'city' && this.weakSurnames.has(spellingKey(t));
  }

  /** A word of a person's name seen in full, up to spelling ("Zelenskiy" after "Volodymyr Zelensky"). */
  isPersonWord(t: Token): boolean {
    return this.personWords.size > 0 && (this.personWords.has(t.lower) || this.personWords.has(spellingKey(t)));
  }

  /** The label the rest of the document gives these words, or null. */
  labelOf(c: Candidate): Label | null {
    // A word of a person's full name is that person first ("Neil Jordan" … "Jordan said").
    if (c.j - c.i === 1 && this.isSurname(c.tokens[c.i]) && c.tokens[c.i].cap && !c.caps) return 'PER';
    const key = c.text.toLowerCase();
    const known = this.labels.get(key);
    if (known) return known;
    if (c.j - c.i === 1 && this.isPersonWord(c.tokens[c.i])) return 'PER';
    if (c.j - c.i === 1 && this.orgWords.has(c.tokens[c.i].lower)) return 'ORG';
    if (c.j - c.i === 1 && this.weakSurnames.size > 0 && this.weakSurnames.has(spellingKey(c.tokens[c.i]))) return 'PER';
    // "Gary Breen" seen, "Breen" here; "Mick McCarthy" seen, "McCarthy" here.
    if (c.j - c.i > 1 && this.isPersonWord(c.tokens[c.j - 1]) && this.isPersonWord(c.tokens[c.i])) return 'PER';
    return null;
  }
}

/** Re-labels weak or missing mentions from what the document says elsewhere. */
export function resolveWithDocument(cands: Candidate[], mentions: (Mention | null)[], doc: DocumentNames, g: Gazetteer): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < cands.length; k++) {
    const c = cands[k];
    const m = mentions[k];
    // "Jordan" the film director, once "Neil Jordan" has been named: the person wins.
    const person = m?.label === 'LOC' && c.j - c.i === 1 && doc.personOutranksPlace(c.tokens[c.i], m);
    if (m?.strong && !person) {
      out.push(m);
      continue;
    }
    const label = person ? 'PER' : doc.labelOf(c);
    if (label) {
      const place = label === 'LOC' ? (m?.place ?? lookupPlace(g, c.tokens, c.i, c.j)) : null;
      out.push({ start: c.start, end: c.end, text: c.text, label, strong: false, title: c.title, place, cand: c, rule: 'document' });
    } else if (m) out.push(m);
  }
  return out;
}

export { phrase };
