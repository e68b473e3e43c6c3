import { describe } from 'vitest';
import { negatives, positives } from './helpers.js';

describe('duration parsers', () => {
  positives([
    ['The siege lasted two months.', [['two months', 'P2M']]],
    ['Power was out for 24 hours.', [['24 hours', 'PT24H']]],
    ['The three-year-long war ended.', [['three-year-long', 'P3Y']]],
    ['It took a decade.', [['a decade', 'P10Y']]],
    ['Talks may take several days.', [['several days', 'PXD']]],
    ['Prices fell in the past three months.', [['the past three months', 'P3M']]],
    ['He ruled for nearly forty years.', [['nearly forty years', 'P40Y']]],
    ['They lived there for 2 1/2 years.', [['2 1/2 years', 'P2Y6M']]],
    ['A minute and a half later, it fell.', [['A minute and a half', 'PT1M30S']]],
    ['It signed a 10-year deal.', [['10-year', 'P10Y']]],
    ['Profit rose in the first nine months.', [['the first nine months', 'P9M']]],
    ['The crisis has lasted for weeks.', [['weeks', 'PXW']]],
    ['He waited more than four hours.', [['more than four hours', 'PT4H']]],
    ['The mission would last three weeks.', [['three weeks', 'P3W']]],
    ['A report published following 10 days of talks.', [['10 days', 'P10D']]],
    ['The region was shelled over the prior 24 hours.', [['the prior 24 hours', 'PT24H']]],
    ['The news came hours after he spoke.', [['hours', 'PTXH']]],
    ['Stocks fell eight trading days after the crash.', [['eight trading days', 'P8D']]],
    ['Islam will one day be the second largest religion.', [['one day', 'FUTURE_REF']]],
    ['The strike will last one day.', [['one day', 'P1D']]],
  ]);
  negatives(['In the first days after the vote, few spoke.', 'Switch to a calendar year.', 'It launched a once-a-day pill.', 'A report published following talks.', 'A 45-year-old man was hurt.', 'Mr. Reupke, 52 years old, resigned.', 'The second-largest bank grew.']);
});
