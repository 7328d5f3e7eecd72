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

/** What one request to the source gave: a step, or the error it threw. */
type Outcome<T> = {step: IteratorResult<T>} | {error: unknown}

/** Ask `iterator` for its next item without ever rejecting or throwing. */
function pull<T>(iterator: AsyncIterator<T> | Iterator<T>): Promise<Outcome<T>> {
  try {
    return Promise.resolve(iterator.next()).then(
      (step) => ({step}),
      (error: unknown) => ({error})
    )
  } catch (error) {
    return Promise.resolve({error})
  }
}

/**
 * Apply `fn` to every item of `source`, running up to `concurrency` calls at
 * once, and yield the results in the order of the input. Input is pulled only
 * while the window has room, so memory stays bounded however long the input
 * is, and a finished head result is yielded without waiting for more input.
 *
 * `fn` should not reject; if it does, the rejection is thrown from the
 * iteration. When the source throws, the results of the items it gave
 * before are yielded first, then its error is thrown. Leaving early
 * (`break`) calls the source's `return` without waiting for a request that
 * is still pending, so an idle source cannot hold the caller.
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
  let pending: Promise<Outcome<T>> | undefined
  let failure: {error: unknown} | undefined
  let exhausted = false
  let index = 0

  /** Take one answer of the source: start its item, or note the end or the error. */
  const take = (outcome: Outcome<T>): void => {
    if ('error' in outcome) {
      failure = outcome
      exhausted = true
    } else if (outcome.step.done) {
      exhausted = true
    } else {
      window.push(fn(outcome.step.value, index++))
    }
  }

  try {
    while (true) {
      if (!exhausted && pending === undefined && window.length < limit) pending = pull(iterator)
      if (window.length === 0) {
        if (pending === undefined) break
        const outcome = await pending
        pending = undefined
        take(outcome)
        continue
      }
      const head = window[0]
      if (pending !== undefined) {
        const current: Promise<Outcome<T>> = pending
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
      const closing = (async () => iterator.return?.())()
      closing.catch(() => undefined)
      // With a request pending, an async generator answers `return` only after it; do not wait.
      if (pending === undefined) await closing
    }
  }
  if (failure !== undefined) throw failure.error
}
