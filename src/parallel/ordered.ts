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
