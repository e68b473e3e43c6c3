/**
 * Maps `fn` over `source` with up to `limit` items in flight and yields the
 * results in source order, each as soon as it and all before it are done.
 * The source is pulled only while fewer than `limit` items are pending, so
 * memory stays flat however long the input is. `fn` must not reject.
 */
export async function* orderedMap<T, R>(
  source: AsyncIterable<T>,
  fn: (item: T) => Promise<R> | R,
  limit: number,
): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  const it = source[Symbol.asyncIterator]();
  let exhausted = false;
  for (;;) {
    while (!exhausted && pending.length < limit) {
      const next = await it.next();
      if (next.done) exhausted = true;
      else pending.push(Promise.resolve(next.value).then(fn));
    }
    const head = pending.shift();
    if (!head) return;
    yield await head;
  }
}

/**
 * Groups consecutive items into batches of at most `maxItems` items or about
 * `maxWeight` total weight (whichever comes first), keeping their order.
 */
export async function* batched<T>(source: AsyncIterable<T>, weight: (item: T) => number, maxWeight: number, maxItems: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  let w = 0;
  for await (const item of source) {
    batch.push(item);
    w += weight(item);
    if (w >= maxWeight || batch.length >= maxItems) {
      yield batch;
      batch = [];
      w = 0;
    }
  }
  if (batch.length) yield batch;
}
