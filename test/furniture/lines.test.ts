import { describe, expect, it } from 'vitest';
import { classifyLine } from '../../src/furniture/lines.js';

// Each furniture pattern: lines it must mark (with the class it gives), and real
// sentences that look alike and must stay article text.
const positives: Array<[string, string, 'line' | 'header' | 'sales' | 'byline']> = [
  ['subscription prompt', 'Subscribe', 'sales'],
  ['subscription prompt', 'Enter your email to subscribe', 'line'],
  ['subscription prompt', 'Please, enter correct email address', 'line'],
  ['required-field note', '* indicates required', 'line'],
  ['subscription confirmation', 'Successfuly subscribed', 'line'],
  ['subscription confirmation', 'Thank you for signing up for this newsletter. We’ve sent you a confirmation email.', 'line'],
  ['newsletter prompt', 'Sign up for our Morning Briefing newsletter', 'line'],
  ['share label', 'Share this story', 'line'],
  ['share bar', 'Facebook Twitter Email', 'line'],
  ['share bar', 'Share | Tweet | Copy link', 'line'],
  ['ad label', 'ADVERTISING', 'line'],
  ['ad label', 'Advertisement', 'line'],
  ['ad label', 'Story continues below advertisement', 'line'],
  ['navigation', 'Skip to content', 'line'],
  ['CMS control', 'Edit post', 'line'],
  ['sales call', 'pre-order now', 'sales'],
  ['more link', 'Read more', 'line'],
  ['audio notice', 'This audio is created with AI assistance', 'line'],
  ['audio player', 'Listen to this article', 'line'],
  ['reading time', '2 min read', 'line'],
  ['reading time', 'Reading time: 6 minutes', 'line'],
  ['timestamp', '5:52 PM', 'line'],
  ['media label', 'Photo', 'line'],
  ['media label', 'Image caption', 'line'],
  ['photo credit', 'Ukrainian Security Service via AFP – Getty Images', 'line'],
  ['photo credit', 'Jane Okafor/Reuters', 'line'],
  ['photo credit', 'Getty Images', 'line'],
  ['photo credit', 'Photo: Lena Marsh for The Daily Ledger', 'line'],
  ['photo credit', 'Credit Harry Campbell', 'line'],
  ['photo credit, a name in capitals', 'Photo JOHN McDONALD', 'line'],
  ['photo credit, four words', 'Credit Mary Ann Van Buren', 'line'],
  ['caption with credit', 'Rescuers search the rubble in Kharkiv on May 2, 2025. (Petro Ivanenko/Global Images Ukraine via Getty Images)', 'line'],
  ['caption with credit', 'Soldiers rest near the front line on Sunday. Photograph: Anna Berg/AP', 'line'],
  ['caption with credit', 'Peacekeepers at a camp on Monday. Credit Omar Said/Agence France-Presse — Getty Images', 'line'],
  ['copyright', '© 2025 The New York Times Company', 'line'],
  ['copyright', 'Copyright 2024 The Associated Press. All rights reserved.', 'line'],
  ['syndication note', 'This article originally appeared in The New York Times.', 'line'],
  ['syndication note', 'A version of this article appears in print on April 12, 2025, Section A, Page 8.', 'line'],
  ['contributor note', 'Olena Hrytsenko in Kyiv contributed reporting.', 'line'],
  ['wire credit', '(Reporting by Tom Balmforth; Editing by Alex Richardson)', 'line'],
  // Each caption/credit/contributor form is tried only on lines with its tell-tale mark: these keep the marks covered.
  ['caption with credit, spaces after the bracket', 'Crowds gather in Lviv on Friday. (Nadia Koval/Reuters)   ', 'line'],
  ['caption with credit in capitals', 'Smoke rises over the port. CREDIT Ivan Petrenko/EPA-EFE', 'line'],
  ['photo credit with a bar', 'Ivan Petrenko | Shutterstock', 'line'],
  ['contributor note in capitals', 'MARTA KOWALSKA CONTRIBUTED REPORTING.', 'line'],
  ['dateline with a weekday', 'Published Friday, April 11, 2025', 'byline'],
  ['block header', "Editors' Picks", 'header'],
  ['block header', 'MORE NEWS', 'header'],
  ['block header', 'News Feed', 'header'],
  ['block header', 'Related stories', 'header'],
  ['block header', 'Most read', 'header'],
  ['teaser link', 'Read more: Kyiv says drones hit a refinery in Ryazan', 'line'],
  ['tag list', 'Tags: Ukraine, China, war', 'line'],
  ['byline', 'By Maria Varenikova and David Pierson New York Times', 'byline'],
  ['byline', 'by Kateryna Denisova April 11, 2025 8:46 PM 2 min read', 'byline'],
  ['dateline', 'Updated April 11, 2025 8:46 PM', 'byline'],
];

const negatives: Array<[string, string]> = [
  ['starts with "Subscribers"', 'Subscribers said the plan would raise prices for most households.'],
  ['mentions a subscription', 'The paper said it would subscribe to the new wire service from May.'],
  ['mentions sharing', 'Share prices fell 4% on Tuesday after the announcement.'],
  ['mentions advertising', 'Advertising revenue fell by a third in the first quarter, the company said.'],
  ['caption-like sentence in the body', 'A photo released by the ministry showed the two men in uniform, according to Reuters.'],
  ['ends with an agency, as a sentence', 'The figures could not be independently verified by Reuters.'],
  ['brackets without a credit', 'Wind speeds reached 120 (km/h) near the coast.'],
  ['brackets without a credit', 'The law was passed by parliament (in 2024).'],
  ['a credit word and five capitalised words', 'Photo Day Was A Big Success'],
  ['a credit word, a name and a year', 'Photo Harry Campbell, 2019'],
  ['copyright as a topic', 'Copyright law in the EU was changed in 2019 after years of debate.'],
  ['"By" opening a sentence', 'By Tuesday, the army had pulled back from the village.'],
  ['"By" with a name in a sentence', 'By David Cameron’s own account, the talks went badly.'],
  ['"By" and a weekday', 'By Monday'],
  ['a headline', "'Several hundred' Chinese nationals fighting for Russia, Zelensky says"],
  ['a section heading', 'At a Glance'],
  ['a sentence about reading', 'Read more widely, the report paints a grim picture of the economy.'],
  ['a sentence with a clock time', 'The attack began at 5:52 PM local time, officials said.'],
  ['a sentence about news feeds', 'The News Feed change angered publishers across Europe.'],
  ['a long paragraph with a colon', 'The minister put it plainly: the grain corridor will stay open, whatever the cost, and the navy will escort every ship that asks for it through the western Black Sea.'],
  ['a sentence that ends in brackets', 'Output rose for a third month (the longest run since 2021)'],
  ['contributed, as a verb in a sentence', 'Higher fuel prices contributed to the fall in sales.'],
  ['a date line without a date', 'Updated on Friday'],
  ['a dateline', 'KYIV, Ukraine — President Volodymyr Zelenskyy said on Tuesday that two Chinese citizens had been captured.'],
];

describe('furniture lines', () => {
  it.each(positives)('%s: %s', (_what, line, kind) => {
    expect(classifyLine(line)).toBe(kind);
  });
  it.each(negatives)('not furniture (%s): %s', (_what, line) => {
    expect(classifyLine(line)).toBeNull();
  });
});
