/**
 * Shares batches between the worker pool and the main thread.
 *
 * Batches wait in one queue, oldest first. A batch goes to a worker whenever a
 * worker has room; the main thread takes one only when every worker is full,
 * and it mines one batch at a time, returning to the event loop in between.
 * That return matters: mining is synchronous, and while the main thread mines,
 * finished batches from the workers cannot be seen, so the workers go idle.
 * One batch, then a look at the workers' messages, then the next, keeps every
 * thread busy.
 */
export interface Lanes<B, R> {
  /** True while a worker can take another batch. */
  hasRoom(): boolean;
  /** Mines a batch on a worker. */
  onWorker(batch: B): Promise<R>;
  /** Mines a batch here, synchronously. */
  here(batch: B): R;
}

export function createDispatcher<B, R>(lanes: Lanes<B, R>): (batch: B) => Promise<R> {
  const queue: { batch: B; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  let mainBusy = false;

  const pump = (): void => {
    while (queue.length && lanes.hasRoom()) {
      const job = queue.shift()!;
      lanes.onWorker(job.batch).then(job.resolve, job.reject).finally(pump);
    }
    if (queue.length && !mainBusy) {
      mainBusy = true;
      // setImmediate runs after the event loop's poll phase, where the workers'
      // results arrive; only then is it known whether they have room again.
      setImmediate(() => {
        mainBusy = false;
        if (lanes.hasRoom()) return pump();
        const job = queue.shift();
        if (job) {
          try {
            job.resolve(lanes.here(job.batch));
          } catch (err) {
            job.reject(err);
          }
        }
        pump();
      });
    }
  };

  return (batch) =>
    new Promise<R>((resolve, reject) => {
      queue.push({ batch, resolve, reject });
      pump();
    });
}
