import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../src/parallel/dispatch.js';
import { orderedMap } from '../../src/parallel/ordered.js';
import { runCli, tempDir } from '../helpers/cli.js';

async function* from<T>(items: T[]): AsyncGenerator<T> {
  yield* items;
}

describe('orderedMap', () => {
  it('yields in source order even when later items finish first', async () => {
    const delays = [30, 5, 20, 1, 10];
    const out: number[] = [];
    for await (const r of orderedMap(from(delays), (d) => new Promise<number>((ok) => setTimeout(() => ok(d), d)), 3)) out.push(r);
    expect(out).toEqual(delays);
  });

  it('never has more than `limit` items in flight', async () => {
    let inFlight = 0;
    let most = 0;
    const fn = async (x: number) => {
      most = Math.max(most, ++inFlight);
      await new Promise((ok) => setTimeout(ok, 2));
      inFlight--;
      return x;
    };
    const out: number[] = [];
    for await (const r of orderedMap(from([...Array(20).keys()]), fn, 4)) out.push(r);
    expect(out).toEqual([...Array(20).keys()]);
    expect(most).toBeLessThanOrEqual(4);
  });
});

describe('createDispatcher', () => {
  // A fake pool of one worker with room for `room` batches that take `ms` each;
  // the main thread takes `hereMs` (default `ms`) per batch.
  function lanes(room: number, ms: number, hereMs = ms) {
    const log: string[] = [];
    let busy = 0;
    return {
      log,
      hasRoom: () => busy < room,
      onWorker: (b: number) => {
        busy++;
        log.push(`W${b}`);
        return new Promise<number>((ok) => setTimeout(() => (busy--, ok(b * 10)), ms));
      },
      here: (b: number) => {
        log.push(`M${b}`);
        const until = Date.now() + hereMs; // synchronous, like mining
        while (Date.now() < until);
        return b * 10;
      },
    };
  }

  it('fills the workers first, mines here only when they are full, and loses nothing', async () => {
    const l = lanes(2, 15);
    const dispatch = createDispatcher<number, number>(l);
    const results = await Promise.all([...Array(12).keys()].map((b) => dispatch(b)));
    expect(results).toEqual([...Array(12).keys()].map((b) => b * 10));
    expect(l.log.slice(0, 3)).toEqual(['W0', 'W1', 'M2']);
    expect(l.log.filter((x) => x.startsWith('W')).length).toBeGreaterThanOrEqual(4);
    expect(l.log.filter((x) => x.startsWith('M')).length).toBeGreaterThanOrEqual(2);
    // Each batch is taken once, oldest first.
    expect(l.log.map((x) => Number(x.slice(1)))).toEqual([...Array(12).keys()]);
  });

  it('between two batches mined here, looks at the workers again', async () => {
    // The worker (10 ms a batch) is done long before the main thread has mined
    // batch 1 (60 ms): batch 2 must go to the worker, not be mined here next.
    const l = lanes(1, 10, 60);
    const dispatch = createDispatcher<number, number>(l);
    await Promise.all([0, 1, 2, 3].map((b) => dispatch(b)));
    expect(l.log.slice(0, 2)).toEqual(['W0', 'M1']);
    expect(l.log).toContain('W2');
  });

  it('passes a batch failure to its caller only', async () => {
    const dispatch = createDispatcher<number, number>({
      hasRoom: () => false,
      onWorker: async (b) => b,
      here: (b) => {
        if (b === 1) throw new Error('boom');
        return b;
      },
    });
    const settled = await Promise.allSettled([0, 1, 2].map((b) => dispatch(b)));
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});

describe('--jobs', () => {
  const t = tempDir();
  beforeAll(() => {
    for (let i = 0; i < 12; i++) {
      writeFileSync(path.join(t.dir, `doc${String(i).padStart(2, '0')}.txt`), `Article ${i}. President Volodymyr Zelenskyy said on Tuesday that 155 Chinese citizens were fighting.\n`);
    }
  });
  afterAll(() => t.cleanup());

  it('gives byte-identical output for 1, 2 and 3 workers, in input order', async () => {
    const outputs = [];
    for (const jobs of ['1', '2', '3']) {
      for (const format of ['json', 'csv']) {
        const r = await runCli(['extract', t.dir, '--jobs', jobs, '--format', format, '--ref-date', '2025-04-10']);
        expect(r.code).toBe(0);
        outputs.push([format, r.stdout]);
      }
    }
    expect(outputs[2]).toEqual(outputs[0]);
    expect(outputs[4]).toEqual(outputs[0]);
    expect(outputs[3]).toEqual(outputs[1]);
    expect(outputs[5]).toEqual(outputs[1]);
    const ids = JSON.parse(outputs[0][1]).documents.map((d: { id: string }) => path.basename(d.id));
    expect(ids).toEqual([...ids].sort());
  });

  it.each(['0', '-1', 'two', '1.5'])('--jobs %s is a usage error', async (n) => {
    const r = await runCli(['extract', t.dir, '--jobs', n]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs must be a whole number/);
  });
});
