import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Progress } from '../../src/cli/progress.js';

describe('progress line', () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it('stays silent for the first two seconds, then shows documents, MB, MB/s and an ETA', () => {
    let out = '';
    const p = new Progress({ write: (s: string) => (out += s) }, 10_000_000);
    p.tick(1_000_000);
    vi.setSystemTime(1500);
    p.tick(1_000_000);
    expect(out).toBe('');
    vi.setSystemTime(4000);
    p.tick(2_000_000);
    // 4 MB in 4 s: 1 MB/s, 6 MB left: 6 s.
    expect(out).toBe('\r\x1b[2K3 documents · 4.0 MB · 1.0 MB/s · ETA 0:06');
    p.done();
    expect(out.endsWith('\r\x1b[2K')).toBe(true);
  });

  it('shows no ETA when the total is unknown (standard input), and redraws at most five times a second', () => {
    let draws = 0;
    let last = '';
    const p = new Progress({ write: (s: string) => ((last = s), draws++) }, null);
    vi.setSystemTime(3000);
    p.tick(500_000);
    vi.setSystemTime(3100);
    p.tick(500_000);
    expect(draws).toBe(1);
    expect(last).not.toMatch(/ETA/);
  });

  it('clears nothing when it never drew', () => {
    let out = '';
    const p = new Progress({ write: (s: string) => (out += s) }, null);
    p.tick(10);
    p.done();
    expect(out).toBe('');
  });
});
