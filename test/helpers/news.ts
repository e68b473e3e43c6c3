// Made-up news prose from templates, seeded and reproducible: people, places,
// numbers, dates and quotes in the shapes wire copy uses. Names vary, so that a
// long text reads like many stories (a few mentions per person), not like one
// family named ten thousand times (a case of its own in pathological.ts).

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same text everywhere. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Olena', 'Maria', 'David', 'Ahmed', 'Mei', 'José', 'Fatima', 'Ivan', 'Sarah', 'Kwame', 'Ingrid', 'Raj', 'Amara', 'Tomasz', 'Yuki', 'Liam', 'Aisha', 'Pedro', 'Hana', 'Oleksandr'];
// Surnames are built from syllables (about 2,000 of them), so that a long text names many different people.
const ONSETS = ['Ko', 'Pe', 'Va', 'O', 'Na', 'Si', 'Ha', 'No', 'Bre', 'Lind', 'Mo', 'Cha'];
const MIDDLES = ['va', 'ri', 'ka', 'mu', 'dde', 'lo', 'ten', 'ga', 'ssi', 'ne', 'ro', 'bu'];
const ENDS = ['lenko', 'son', 'kova', 'for', 'ra', 'va', 'dad', 'vak', 'nan', 'qvist', 'reau', 'jee', 'nsah', 'ski'];
const TITLES = ['President', 'Foreign Minister', 'Gen.', 'Sen.', 'Dr.', 'Mayor', 'spokesperson', 'Prime Minister', 'Mr.', 'Ms.'];
const PLACES = ['Kyiv', 'Beijing', 'London', 'Washington', 'Lagos', 'São Paulo', 'Tokyo', 'Paris', 'Nairobi', 'Warsaw', 'Mumbai', 'Ukraine', 'China', 'Brazil', 'the United States'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const AMOUNTS = ['150', 'more than 3,500', '$2.4 billion', '12 percent', 'nearly 40,000', 'about 1.5 million', 'two', 'several hundred', '€300', 'a third', '7%', '1,000,000', '11th', 'at least 155'];
const NOUNS = ['people', 'soldiers', 'residents', 'troops', 'tonnes of grain', 'homes', 'votes', 'jobs', 'students'];
const CUES = ['said', 'told reporters', 'added', 'wrote on social media', 'said in a statement', 'warned'];
const QUOTES = [
  'This must be met with a firm and principled response.',
  'We will not give up',
  'It is too early to say what happened',
  'Nobody expected numbers like these',
  'We are doing everything we can',
];

export function newsText(seed: number, size: number): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const person = (): string => `${pick(FIRST)} ${pick(ONSETS)}${pick(MIDDLES)}${pick(ENDS)}`;
  const date = (): string => (r() < 0.5 ? `${pick(MONTHS)} ${1 + Math.floor(r() * 28)}, ${2015 + Math.floor(r() * 11)}` : `on ${pick(DAYS)}`);
  const templates: (() => string)[] = [
    () => `${pick(TITLES)} ${person()} said ${date()} that ${pick(AMOUNTS)} ${pick(NOUNS)} had left ${pick(PLACES)}.`,
    () => `“${pick(QUOTES)},” ${person()} ${pick(CUES)}.`,
    () => `"${pick(QUOTES)}," said ${person()}, a ${pick(['spokesman', 'senior official', 'resident'])} in ${pick(PLACES)}.`,
    () => `${pick(PLACES).replace(/^the/, 'The')} reported ${pick(AMOUNTS)} ${pick(NOUNS)} ${date()}, up from ${pick(AMOUNTS)} a year earlier.`,
    () => `${person()} (${pick(['AP', 'Reuters', 'AFP'])}) — The talks in ${pick(PLACES)} ended ${date()} without a deal.`,
    () => `According to ${person()}, the ${pick(['U.S.', 'U.N.', 'EU'])} pledged ${pick(AMOUNTS)} in aid.`,
    () => `${pick(TITLES)} ${person()} called the plan “${pick(['groundless', 'a disgrace', 'historic'])}” and left for ${pick(PLACES)}.`,
  ];
  const out: string[] = [];
  let n = 0;
  while (n < size) {
    const para = Array.from({ length: 1 + Math.floor(r() * 4) }, () => pick(templates)()).join(' ');
    out.push(para);
    n += para.length + 2;
  }
  return out.join('\n\n').slice(0, size);
}
