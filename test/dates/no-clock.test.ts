import { afterEach, describe, expect, it, vi } from 'vitest';
import { mine } from '../../src/index.js';

// Output must not depend on when it runs: relative dates resolve against the
// document's reference date or nothing, never the machine clock.
const TEXT = 'The minister said Tuesday that talks would resume next week. Prices rose last month and 24 hours ago.';

describe('no dependence on the machine clock', () => {
  afterEach(() => vi.useRealTimers());

  it('gives the same values whatever the clock says', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('1999-12-31T23:59:00Z'));
    const a = mine(TEXT, { only: ['dates'], refDate: '2025-04-09' }).dates;
    vi.setSystemTime(new Date('2031-06-15T12:00:00Z'));
    const b = mine(TEXT, { only: ['dates'], refDate: '2025-04-09' }).dates;
    expect(b).toEqual(a);
    expect(a.map((d) => d.value)).toEqual(['2025-04-08', '2025-W16', '2025-03', '2025-04-09']);
  });

  it('leaves relative values null without a reference date, and never calls Date.now', () => {
    const now = vi.spyOn(Date, 'now');
    const doc = mine(TEXT, { only: ['dates'] });
    expect(doc.referenceDate).toBeNull();
    expect(doc.dates.map((d) => [d.text, d.value])).toEqual([
      ['Tuesday', null],
      ['next week', null],
      ['last month', null],
      ['24 hours ago', null],
    ]);
    expect(now).not.toHaveBeenCalled();
  });

  it('keeps absolute dates without a reference date', () => {
    expect(mine('It began on April 9, 2025 and in 2014.', { only: ['dates'] }).dates.map((d) => d.value)).toEqual(['2025-04-09', '2014']);
  });
});
