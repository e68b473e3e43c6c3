import { beforeAll, describe, expect, it } from 'vitest';
import { codePointMap } from '../../bench/score/peers-common.js';
import { loadCompromise, matches, nlp, quotationSpan, wordSpan } from '../../bench/score/peers-compromise.js';
import { sameCurrency } from '../../bench/score/peers-numbers.js';
import { compromiseQuotes, nearestMention } from '../../bench/score/peers-quotes.js';
import { compromiseSplit } from '../../bench/score/peers-sentences.js';
import { loadWink, winkEntities, winkSentences } from '../../bench/score/peers-wink.js';

beforeAll(() => Promise.all([loadCompromise(), loadWink()]));

/** The code-point slices of `text` that `spans` name. */
const cut = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => Array.from(text).slice(s.start, s.end).join(''));

describe("compromise's matches as gold-convention spans", () => {
  it.each([
    ['At the Oval, Chris Lewis, another man, left.', 'people', ['Chris Lewis']],
    ['He flew to New York). Then home.', 'places', ['New York']],
    ["Hussain was surplus to England's needs.", 'places', ['England']],
    ['😀 We met John Smith, the captain, there.', 'people', ['John Smith']],
  ] as const)('%s: %s → %j (punctuation and possessive left out, code points)', (text, view, want) => {
    const cp = codePointMap(text);
    const doc = nlp(text);
    const got = matches(view === 'people' ? doc.people() : doc.places()).map((m) => wordSpan(m, cp));
    expect(cut(text, got)).toEqual(want);
  });

  it.each([
    ['"We will win," said John Smith.', ['We will win,']],
    ['They called it “a disaster.” Then they left.', ['a disaster.']],
    ['😀 "It\'s over," he said.', ["It's over,"]],
  ])('quotation in %s is the text between its marks', (text, want) => {
    const cp = codePointMap(text);
    expect(cut(text, matches(nlp(text).quotations()).map((m) => quotationSpan(m, cp)))).toEqual(want);
  });

  it('finds no quotation where there are no marks', () => {
    expect(matches(nlp('He said we will win.').quotations())).toEqual([]);
  });
});

describe('the nearest person as the speaker', () => {
  const q = { start: 10, end: 20 };
  it.each([
    ['the one just before', [{ start: 0, end: 5 }, { start: 40, end: 45 }], { start: 0, end: 5 }],
    ['the one just after', [{ start: 0, end: 2 }, { start: 22, end: 30 }], { start: 22, end: 30 }],
    ['the earlier one on a tie', [{ start: 3, end: 8 }, { start: 22, end: 27 }], { start: 3, end: 8 }],
    ['never one inside the quote', [{ start: 12, end: 15 }, { start: 30, end: 35 }], { start: 30, end: 35 }],
  ])('takes %s', (_why, mentions, want) => expect(nearestMention(q, mentions)).toEqual(want));

  it('takes nobody when nobody is named', () => expect(nearestMention(q, [])).toBeNull());

  it('attributes a compromise quotation to the person beside it', () => {
    const text = '"We will win," said John Smith.';
    const [p] = compromiseQuotes(text);
    expect(p.speaker?.name).toBe('John Smith');
    expect(cut(text, [p])).toEqual(['We will win,']);
  });
});

describe("wink-nlp's tokens as character spans", () => {
  it('gives entities in code points', () => {
    const text = '😀 John paid $5 million on Monday.';
    expect(winkEntities(text, new Set(['MONEY', 'DATE'])).map((e) => [e.type, cut(text, [e])[0]])).toEqual([
      ['MONEY', '$5 million'],
      ['DATE', 'Monday'],
    ]);
  });

  it('gives nothing of a type not asked for', () => {
    expect(winkEntities('John paid $5 million.', new Set(['DATE']))).toEqual([]);
  });

  it('gives sentence ranges (UTF-16) that slice the text', () => {
    const text = 'He left. "Wait," she said. Then rain.';
    expect(winkSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['He left.', '"Wait," she said.', 'Then rain.']);
  });
});

describe("compromise's sentences as ranges", () => {
  it('keeps an opening quote mark with its sentence', () => {
    const text = "Down, down. 'I wonder,' she said.";
    expect(compromiseSplit(text).map((s) => text.slice(s.start, s.end).trim())).toEqual(['Down, down.', "'I wonder,' she said."]);
  });
});

describe('currencies named by a peer', () => {
  const gold = (unit: string | null, isoCurrency: string | null) => ({ start: 0, end: 1, text: '', type: 'currency', value: 1, unit, isoCurrency });
  it.each([
    [{ name: 'dollar', iso: null }, gold('Dollar', null)],
    [{ name: 'pound', iso: null }, gold('British pound', 'GBP')],
    [{ name: 'Euro', iso: 'EUR' }, gold('Euro', 'EUR')],
    [{ name: 'cents', iso: null }, gold('Cent', null)],
  ])('%o is %o', (ours, g) => expect(sameCurrency(ours, g)).toBe(true));

  it.each([
    [{ name: 'dollar', iso: null }, gold('Euro', 'EUR')],
    [{ name: 'United States dollar', iso: 'USD' }, gold('Canadian dollar', 'CAD')],
    [{ name: 'pound', iso: null }, gold(null, null)],
  ])('%o is not %o', (ours, g) => expect(sameCurrency(ours, g)).toBe(false));
});
