import { describe, expect, it } from 'vitest';
import { texts } from './helpers.js';

// What the guidelines say is not a number: dates, times, durations, phone
// numbers, scores, version strings, addresses, names, list markers, furniture.
describe('not numbers', () => {
  it.each([
    // times and durations (the dates extractor's, even when it has not run)
    ['The attack began at 8:46 PM.', []],
    ['It ended at 8 p.m. sharp.', []],
    ['by 0800 GMT on Friday', []],
    ['He spent four days there.', []],
    ['in the past 24 hours', []],
    ['a three-year-long attempt', []],
    ['a 45-year-old man', []],
    ["the 28-year-old's contract", []],
    ["in five years' time", []],
    ['one and a half hours', []],
    // dates
    ['On April 9, 2025 they met.', []],
    ['Russia invaded in February 2022.', []],
    ['It happened in 2014.', []],
    ['"2004 reinforces the trend," it said.', []],
    ['the 2009-2010 season and 1957-58', []],
    ['on 9 April', []],
    ['on Sept. 30 and Nov. 9', []],
    ['in fiscal 1989 results', []],
    ['in the 20th century', []],
    ['in the first nine months', []],
    ['for at least 20 more years', []],
    ['an 8-month-old baby', []],
    ['in the year two thousand', []],
    ['in nineteen ninety-six and nineteen seventy-nine', []],
    ['for two to three weeks', []],
    ['over the next three quarters', []],
    ['in the first two quarters of 1990', []],
    ['the 1988 quarter', []],
    ['a fourth-quarter loss in the third quarter', []],
    ['SPORTING PRODUCTIONS INC 2ND QTR NET', []],
    ['Revs 67.2 mln 1st half', ['67.2 mln']],
    ['NOTE: Current half net includes a charge', []],
    // phone numbers, codes, versions, addresses
    ['Call +44 20 7946 0958 today.', []],
    ['Call (555) 123-4567 today.', []],
    ['Call 555-123-4567 today.', []],
    ['deposits: 10 turkish lira 1111-22223333-4444', ['10 turkish lira']],
    ['Update to version 2.1.3 now.', []],
    ['He lives at 10 Downing Street.', []],
    ['They met at 1600 Pennsylvania Avenue.', []],
    // names
    ['a Formula 1 driver', []],
    ['the Boeing 737 Max', []],
    ['under Article 5 of the treaty', []],
    ['the COVID-19 pandemic', []],
    ['the F-16 jets', []],
    ['the G7 summit', []],
    ['the Ramstein-format meeting', []],
    ["on BBC Radio 4's Today programme", []],
    ["on BBC2's Newsnight and ITV1", []],
    ['the so-called Guildford Four, who were jailed', []],
    ['at Credit Suisse First Boston', []],
    ['since the First World War', []],
    ['First Minister Nicola Sturgeon said so.', []],
    ['the FTSE 100 index', []],
    // ordinals as adverbs
    ['At first they refused.', []],
    ['First, the rules changed.', []],
    ['First of all, thanks.', []],
    // scores
    ['They won 2-1 in extra time.', []],
    ['They drew 1-1.', []],
    // compounds
    ['a 10-point plan', []],
    ['the two-state solution', []],
    ['one-time gains', []],
    ['a first-hand account', []],
    // furniture and list markers
    ['by Kateryna Denisova 2 min read', []],
    ['1. The first point', ['first']],
  ])('%s → %j', (text, want) => {
    expect(texts(text)).toEqual(want);
  });

  it('keeps counts written with four digits when a plural noun follows', () => {
    expect(texts('They sent 1500 troops.')).toEqual(['1500']);
  });

  it.fails('keeps a comma-less count between 1900 and 2099 (read as a year: "fiscal 1989 results")', () => {
    expect(texts('They sent 2000 troops.')).toEqual(['2000']);
  });

  it.fails('reads a bare year-like count without a noun as a year ("the score reached 1500")', () => {
    expect(texts('The index reached 1500.')).toEqual(['1500']);
  });
});
