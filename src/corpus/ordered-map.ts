/**
 * Map an (async) iterable through an asynchronous function with bounded
 * concurrency, yielding the results in input order.
 */

/** Options of `orderedMap`. */
export interface OrderedMapOptions {
  /**
   * How many items may be started but not yet yielded at once (the reorder
   * window). Must be a positive integer. Default `1`.
   */
  concurrency?: number
}

/**
 * Apply `fn` to every item of `source`, running up to `concurrency` calls at
 * once, and yield the results in the order of the input. Input is pulled only
 * while the window has room, so memory stays bounded however long the input
 * is, and a finished head result is yielded without waiting for more input.
 *
 * `fn` should not reject; if it does, the rejection is thrown from the
 * iteration. Errors of the source are thrown from the iteration too.
 */
export async function* orderedMap<T, R>(
  source: AsyncIterable<T> | Iterable<T>,
  fn: (item: T, index: number) => Promise<R>,
  options: OrderedMapOptions = {}
): AsyncGenerator<R, void, undefined> {
  const limit = options.concurrency ?? 1
  const iterator: AsyncIterator<T> | Iterator<T> =
    Symbol.asyncIterator in source
      ? (source as AsyncIterable<T>)[Symbol.asyncIterator]()
      : (source as Iterable<T>)[Symbol.iterator]()
  const window: Promise<R>[] = []
  let pending: Promise<IteratorResult<T>> | undefined
  let exhausted = false
  let index = 0

  /** Take one answer of the source: start its item, or note the end. */
  const take = (step: IteratorResult<T>): void => {
    if (step.done) exhausted = true
    else window.push(fn(step.value, index++))
  }

  try {
    while (true) {
      if (!exhausted && pending === undefined && window.length < limit) {
        pending = Promise.resolve(iterator.next())
      }
      if (window.length === 0) {
        if (pending === undefined) return
        const step = await pending
        pending = undefined
        take(step)
        continue
      }
      const head = window[0]
      if (pending !== undefined) {
        const current: Promise<IteratorResult<T>> = pending
        const winner = await Promise.race([head.then(() => 'head' as const), current.then(() => 'input' as const)])
        if (winner === 'input') {
          pending = undefined
          take(await current)
          continue
        }
      }
      window.shift()
      yield await head
    }
  } finally {
    if (!exhausted && typeof iterator.return === 'function') {
      if (pending !== undefined) await pending.catch(() => undefined)
      await iterator.return()
    }
  }
}
