import type { DateParser } from '../types.js';
import { agoParser } from './ago.js';
import { anaphoricParser } from './anaphoric.js';
import { centuryParser } from './century.js';
import { decadeParser } from './decade.js';
import { deicticDayParser } from './deictic-day.js';
import { compoundDurationParser, durationParser, vagueDurationParser } from './duration.js';
import { holidayParser } from './holiday.js';
import { isoDateParser } from './iso-date.js';
import { monthDayWordsParser } from './month-day-words.js';
import { monthDayParser } from './month-day.js';
import { monthParser } from './month.js';
import { presentRefParser } from './present-ref.js';
import { bareQuarterParser } from './bare-quarter.js';
import { quarterParser } from './quarter.js';
import { relativeUnitParser } from './relative-unit.js';
import { seasonParser } from './season.js';
import { rateParser, setParser } from './set.js';
import { spelledYearParser } from './spelled-year.js';
import { timeParser } from './time.js';
import { weekdayParser } from './weekday.js';
import { weekdaySetParser } from './weekday-set.js';
import { yearRangeParser } from './year-range.js';
import { yearParser } from './year.js';

/**
 * The English parsers. Order matters only for ties: when two parsers claim
 * exactly the same words, the earlier one wins (a set's "a year" over a
 * duration's).
 */
export const PARSERS: readonly DateParser[] = [
  isoDateParser,
  monthDayParser,
  monthDayWordsParser,
  monthParser,
  yearRangeParser,
  yearParser,
  spelledYearParser,
  decadeParser,
  centuryParser,
  seasonParser,
  quarterParser,
  bareQuarterParser,
  holidayParser,
  weekdaySetParser,
  weekdayParser,
  deicticDayParser,
  relativeUnitParser,
  anaphoricParser,
  agoParser,
  setParser,
  rateParser,
  durationParser,
  compoundDurationParser,
  vagueDurationParser,
  timeParser,
  presentRefParser,
];
