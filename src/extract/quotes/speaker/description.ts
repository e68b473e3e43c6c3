import type { DocPeople, PersonMention } from './people.js';

// Definite descriptions of one person as speakers: "the president added", "the
// Ukrainian leader said", "the Florida senator told reporters". The person is
// the one earlier introduced with the same role ("President Volodymyr
// Zelensky", "Sen. Marco Rubio") and the same modifiers ("Ukrainian President
// ...", "Florida Sen. ..."); without such evidence the description stays as written.

/** Role nouns of descriptions, with the title words that introduce the same role. */
const ROLE_TITLES: Record<string, readonly string[]> = {
  president: ['president'],
  leader: ['leader', 'president', 'premier', 'chancellor', 'minister'],
  minister: ['minister', 'premier'],
  premier: ['premier', 'minister'],
  chancellor: ['chancellor'],
  senator: ['sen', 'senator'],
  governor: ['gov', 'governor'],
  mayor: ['mayor'],
  secretary: ['secretary', 'sec'],
  spokesman: ['spokesman', 'spokeswoman', 'spokesperson'],
  spokeswoman: ['spokesman', 'spokeswoman', 'spokesperson'],
  spokesperson: ['spokesman', 'spokeswoman', 'spokesperson'],
  congressman: ['rep', 'representative', 'congressman'],
  congresswoman: ['rep', 'representative', 'congresswoman'],
  general: ['gen', 'general'],
  commander: ['commander', 'gen', 'general', 'cmdr'],
  chief: ['chief'],
  chairman: ['chairman', 'chairwoman', 'chair'],
  chairwoman: ['chairman', 'chairwoman', 'chair'],
  ambassador: ['ambassador', 'amb'],
  envoy: ['envoy', 'ambassador'],
  candidate: ['candidate', 'nominee'],
  nominee: ['nominee', 'candidate'],
  director: ['director'],
  judge: ['judge'],
  prosecutor: ['prosecutor'],
  king: ['king'],
  queen: ['queen'],
  pope: ['pope'],
};

/** Modifiers that say nothing about who is meant. */
const EMPTY_MODIFIERS = new Set(['the', 'former', 'then', 'current', 'new', 'top', 'outgoing', 'incoming', 'longtime']);

/** How many person mentions back a description looks. */
const MENTIONS_BACK = 80;

/** Each mention's introducing words, read once however many descriptions look at it. */
const CONTEXTS = new WeakMap<PersonMention, Set<string>>();

/** A person-role head ("president", "leader") that a definite description may use for one known person. */
export function isPersonRole(word: string): boolean {
  return Object.hasOwn(ROLE_TITLES, word);
}

/**
 * The person `words` ("the Florida senator" as lower-case words, role last)
 * describes at `pos`: the best-matching mention before it (role title: 2,
 * each modifier also found before the name: 1; at least 2 needed), the most
 * recent among equals.
 */
export function describedPerson(text: string, people: DocPeople, pos: number, words: readonly string[]): PersonMention | null {
  const role = words[words.length - 1];
  const titles = ROLE_TITLES[role];
  if (!titles) return null;
  const modifiers = words.slice(0, -1).filter((w) => !EMPTY_MODIFIERS.has(w));
  const list = people.list;
  let best: PersonMention | null = null;
  let bestScore = 1;
  for (let i = people.firstEndingAfter(pos) - 1, seen = 0; i >= 0 && seen < MENTIONS_BACK; i--, seen++) {
    const p = list[i];
    let context = CONTEXTS.get(p);
    if (!context) CONTEXTS.set(p, (context = contextWords(text, p, i > 0 ? list[i - 1].end : 0)));
    let score = titles.some((t) => context.has(t)) ? 2 : 0;
    for (const m of modifiers) if (context.has(m)) score++;
    if (score > bestScore) [best, bestScore] = [p, score];
  }
  return best;
}

/**
 * The title and the words introducing a mention ("ukrainian", "president"),
 * lower case, without periods: those after the previous person and after the
 * last comma, conjunction or bracket — or, when the name follows a comma right
 * away, those before it ('The foreign minister, Andrii Sybiha').
 */
function contextWords(text: string, p: PersonMention, previousEnd: number): Set<string> {
  const parts = text.slice(Math.max(0, p.start - 60, previousEnd), p.start).toLowerCase().split(/[,;(\n]|\b(?:and|or|with|but|met|than)\b/);
  const words = (k: number): string[] => (k >= 0 ? parts[k].split(/[^\p{L}\p{N}-]+/u).filter(Boolean) : []);
  let found = words(parts.length - 1);
  if (found.length === 0) found = words(parts.length - 2);
  // A loop, not push(...words): a title is a run of modifiers of any length ("Deputy Deputy … Minister").
  if (p.title) for (const w of p.title.toLowerCase().replace(/\./g, '').split(/\s+/)) found.push(w);
  return new Set(found);
}
