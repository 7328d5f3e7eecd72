import {describe, expect, it} from 'vitest'
import {extractCorpus, type CorpusRecord, type CorpusResult} from '../src/corpus/index.js'
import {orderedMap} from '../src/corpus/ordered-map.js'

// With jobs above 1 the sources use the built worker, dist/corpus-worker.js,
// which test/global-setup.ts builds from the current source before any test.

/** Invented one-line news items, numbered so each text is different. */
function records(count: number): CorpusRecord<string>[] {
  return Array.from({length: count}, (_, i) => ({
    id: `r${i}`,
    text: `"The ferry to the island will run twice a day from March," the harbour master said in note ${i}.`
  }))
}

/** The same records, arriving one by one with a short pause. */
async function* slowly<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) {
    await new Promise((resolve) => setTimeout(resolve, 1))
    yield item
  }
}

/** Collect an async iterable into an array. */
async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = []
  for await (const item of iterable) out.push(item)
  return out
}

/** The shape of a result: its id and whether it succeeded, with its keys. */
function shape(result: CorpusResult): {id: unknown; keys: string[]} {
  return {id: result.id, keys: Object.keys(result)}
}

const ok = (id: unknown) => ({id, keys: ['id', 'attributions', 'sources']})
const failed = (id: unknown) => ({id, keys: ['id', 'error']})

describe('extractCorpus: results in input order', () => {
  it.each([
    {name: 'array, jobs 1', jobs: 1, input: () => records(12)},
    {name: 'array, jobs 2', jobs: 2, input: () => records(12)},
    {name: 'async generator, jobs 1', jobs: 1, input: () => slowly(records(12))},
    {name: 'async generator, jobs 2', jobs: 2, input: () => slowly(records(12))}
  ])('$name', async ({jobs, input}) => {
    const results = await collect(extractCorpus(input(), {jobs}))
    expect(results.map(shape)).toEqual(records(12).map((record) => ok(record.id)))
  })
})

describe('extractCorpus: failed records keep their place', () => {
  const input = [
    {id: 'a', text: 'The council said the library would stay open.'},
    {id: 'b', text: 42},
    null,
    {id: 'd', text: 'A teacher told us the exams were moved.'}
  ] as unknown as CorpusRecord[]
  it.each([1, 2])('jobs %i', async (jobs) => {
    const results = await collect(extractCorpus(input, {jobs}))
    expect(results.map(shape)).toEqual([ok('a'), failed('b'), failed(undefined), ok('d')])
    expect(results[1]).toEqual({id: 'b', error: 'expected `text` to be a string, got number'})
    expect(results[2]).toEqual({id: undefined, error: 'expected a record object {id, text}, got null'})
  })
})

describe('extractCorpus: stopping early', () => {
  it.each([1, 2])('jobs %i: break after two results ends the iteration', async (jobs) => {
    const seen: unknown[] = []
    for await (const result of extractCorpus(records(30), {jobs})) {
      seen.push(result.id)
      if (seen.length === 2) break
    }
    expect(seen).toEqual(['r0', 'r1'])
  })
})

describe('extractCorpus: wrong arguments', () => {
  it.each([
    {
      name: 'records is a number',
      call: () => extractCorpus(42 as never),
      error: new TypeError(
        'extractCorpus: expected `records` to be an iterable or async iterable of {id, text}, got number'
      )
    },
    {
      name: 'records is null',
      call: () => extractCorpus(null as never),
      error: new TypeError(
        'extractCorpus: expected `records` to be an iterable or async iterable of {id, text}, got null'
      )
    },
    {
      name: 'records is a string',
      call: () => extractCorpus('text' as never),
      error: new TypeError(
        'extractCorpus: expected `records` to be an iterable or async iterable of {id, text}, got string'
      )
    },
    {
      name: 'options is null',
      call: () => extractCorpus([], null as never),
      error: new TypeError('extractCorpus: expected `options` to be an object, got null')
    },
    {
      name: 'jobs is a string',
      call: () => extractCorpus([], {jobs: '2' as never}),
      error: new TypeError('extractCorpus: expected `jobs` to be a positive integer, got string')
    },
    {
      name: 'jobs is zero',
      call: () => extractCorpus([], {jobs: 0}),
      error: new RangeError('extractCorpus: expected `jobs` to be a positive integer, got 0')
    },
    {
      name: 'a malformed extraction option',
      call: () => extractCorpus([], {categories: 'speech' as never}),
      error: new TypeError('whosaid: expected `options.categories` to be an array of categories, got string')
    },
    {
      name: 'jobs is fractional',
      call: () => extractCorpus([], {jobs: 1.5}),
      error: new RangeError('extractCorpus: expected `jobs` to be a positive integer, got 1.5')
    }
  ])('$name', ({call, error}) => {
    expect(call).toThrow(error)
  })
})

describe('orderedMap', () => {
  it.each([
    {name: 'concurrency 1', concurrency: 1},
    {name: 'concurrency 3', concurrency: 3},
    {name: 'concurrency 8', concurrency: 8}
  ])('$name: keeps order, never exceeds the window, reads ahead at most the window', async ({concurrency}) => {
    let running = 0
    let most = 0
    let pulled = 0
    let yielded = 0
    let furthestAhead = 0
    function* source() {
      for (let i = 0; i < 20; i++) {
        pulled++
        furthestAhead = Math.max(furthestAhead, pulled - yielded)
        yield i
      }
    }
    const mapped = orderedMap(
      source(),
      async (n: number) => {
        running++
        most = Math.max(most, running)
        await new Promise((resolve) => setTimeout(resolve, (n * 7) % 5))
        running--
        return n * 10
      },
      {concurrency}
    )
    const out: number[] = []
    for await (const value of mapped) {
      out.push(value)
      yielded++
    }
    expect({out, withinWindow: most <= concurrency, readAhead: furthestAhead <= concurrency}).toEqual({
      out: Array.from({length: 20}, (_, i) => i * 10),
      withinWindow: true,
      readAhead: true
    })
  })

  it('yields a finished first result before slow input arrives', async () => {
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => {
      release = resolve
    })
    async function* source() {
      yield 1
      await gate
      yield 2
    }
    const iterator = orderedMap(source(), async (n: number) => n, {concurrency: 4})[Symbol.asyncIterator]()
    const first = await iterator.next()
    release()
    const rest = [await iterator.next(), await iterator.next()]
    expect([first, ...rest]).toEqual([
      {value: 1, done: false},
      {value: 2, done: false},
      {value: undefined, done: true}
    ])
  })
})
