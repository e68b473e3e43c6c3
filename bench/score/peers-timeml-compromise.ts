// compromise-dates' results as TimeML values, for peers-timex.ts (see
// peers-timeml.ts for chrono-node and Recognizers-Text, and docs/peers.md).
import { pad } from './peers-timeml.js';

// dates() gives each date's resolved start and the calendar `unit` it names
// (day, week, month, quarter, season, year, or a clock unit); that unit is the
// precision. durations() gives {year: 5} for "five years": an ISO period.

export interface CompromiseDate {
  start: string | null;
  unit?: string;
}

const SEASONS: Record<number, string> = { 3: 'SP', 4: 'SP', 5: 'SP', 6: 'SU', 7: 'SU', 8: 'SU', 9: 'FA', 10: 'FA', 11: 'FA', 12: 'WI', 1: 'WI', 2: 'WI' };

export function compromiseDateToTimeML(d: CompromiseDate): string | null {
  if (!d.start || !/^\d{4}-\d\d-\d\d/.test(d.start)) return null;
  const year = d.start.slice(0, 4);
  const month = Number(d.start.slice(5, 7));
  switch (d.unit) {
    case 'year': return year;
    case 'quarter': return `${year}-Q${Math.ceil(month / 3)}`;
    case 'season': return `${year}-${SEASONS[month]}`;
    case 'month': return d.start.slice(0, 7);
    case 'week': return isoWeek(d.start.slice(0, 10));
    case 'hour':
    case 'minute':
    case 'time': return `${d.start.slice(0, 10)}T${d.start.slice(11, 16)}`;
    default: {
      // A day (or no unit): a clock time when it states one ("10 p.m. Wednesday").
      const hm = d.start.slice(11, 16);
      return hm && hm !== '00:00' ? `${d.start.slice(0, 10)}T${hm}` : d.start.slice(0, 10);
    }
  }
}

const PERIOD: [string, string][] = [['year', 'Y'], ['month', 'M'], ['week', 'W'], ['day', 'D']];
const CLOCK: [string, string][] = [['hour', 'H'], ['minute', 'M'], ['second', 'S']];

/** {year: 5} → P5Y; {hour: 2, minute: 30} → PT2H30M; null when it holds no amount. */
export function compromiseDurationToTimeML(d: Record<string, number>): string | null {
  const part = (units: [string, string][]) => units.map(([k, s]) => (d[k] ? `${d[k]}${s}` : '')).join('');
  const date = part(PERIOD);
  const clock = part(CLOCK);
  if (!date && !clock) return null;
  return `P${date}${clock ? `T${clock}` : ''}`;
}

/** The ISO 8601 week of a date: 1998-01-08 → 1998-W02. */
export function isoWeek(ymd: string): string {
  const d = new Date(`${ymd}T00:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7; // Monday = 0
  d.setUTCDate(d.getUTCDate() - day + 3); // the Thursday of this week decides its year
  const year = d.getUTCFullYear();
  const week = Math.floor((d.getTime() - Date.UTC(year, 0, 1)) / 86400000 / 7) + 1;
  return `${year}-W${pad(week)}`;
}
