/**
 * The corpus API and its workers under faults: a worker out of memory, a
 * source that throws or stalls, inherited flags, exotic options, long
 * sentences with many cues. Worker cases use the built `dist/`.
 */
import {execFile} from 'node:child_process'
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {beforeAll, describe, expect, it} from 'vitest'
import {extractCorpus, type CorpusRecord, type CorpusResult} from '../src/corpus/index.js'
import {workerExecArgv} from '../src/corpus/exec-argv.js'
import {extractAttributions} from '../src/index.js'

const run = promisify(execFile)
const corpusModule = new URL('../dist/corpus.js', import.meta.url).href

beforeAll(() => {
  if (!existsSync(new URL('../dist/corpus-worker.js', import.meta.url))) {
    throw new Error('dist/corpus-worker.js is missing: build with `npm run build` first')
  }
})

/** A short invented news item, numbered. */
const item = (i: number): CorpusRecord<string> => ({
  id: `n${i}`,
  text: `"The pool opens at nine," the lifeguard said on day ${i}.`
})

/** The result `extractCorpus` gives for `record` when nothing goes wrong. */
function expected(record: CorpusRecord<string>): CorpusResult<string> {
  const {attributions, sources} = extractAttributions(record.text)
  return {id: record.id, attributions, sources}
}

/** One long sentence with `count` cues in it. */
function runOn(count: number): string {
  const names = ['Ines', 'Tomas', 'Wen', 'Kofi', 'Lena']
  return (
    Array.from({length: count}, (_, i) => `${names[i % 5]} said the tram would stop at pier ${i}`).join(' and ') + '.'
  )
}

/** Collect every result, and the error the iteration threw, if any. */
async function drain<T>(iterable: AsyncIterable<T>): Promise<{results: T[]; thrown: string | null}> {
  const results: T[] = []
  try {
    for await (const result of iterable) results.push(result)
  } catch (error) {
    return {results, thrown: String(error)}
  }
  return {results, thrown: null}
}

/**
 * Run `code` as an ES module in a child Node.js with `flags`, from a file or,
 * with `viaEval`, as `--input-type=module -e`; resolve to its stdout.
 */
async function child(code: string, flags: string[] = [], viaEval = false): Promise<string> {
  let script = ['--input-type=module', '-e', code]
  if (!viaEval) {
    const file = join(mkdtempSync(join(tmpdir(), 'whosaid-faults-')), 'child.mjs')
    writeFileSync(file, code)
    script = [file]
  }
  const {stdout} = await run(process.execPath, [...flags, ...script], {timeout: 110_000})
  return stdout
}

describe('worker out of memory', () => {
  it('fails only the record that ran out; the ones queued behind it succeed', async () => {
    const huge = {id: 'huge', text: `"The dam will hold," the engineer said. `.repeat(25_000)}
    const input = [huge, item(1), item(2), item(3), item(4)]
    const {results} = await drain(extractCorpus(input, {jobs: 2, maxWorkerMemoryMb: 16}))
    expect(results).toEqual([
      {
        id: 'huge',
        error: 'whosaid: a worker thread failed: Worker terminated due to reaching memory limit: JS heap out of memory'
      },
      ...input.slice(1).map(expected)
    ])
  }, 120_000)
})

describe('a source that throws after some records', () => {
  async function* feed() {
    yield item(1)
    yield item(2)
    throw new Error('feed lost')
  }
  it.each([1, 2])('jobs %i: the results of the records before come back, then the error', async (jobs) => {
    expect(await drain(extractCorpus(feed(), {jobs}))).toEqual({
      results: [expected(item(1)), expected(item(2))],
      thrown: 'Error: feed lost'
    })
  })
})

describe('break while the source is idle', () => {
  it('ends the loop and stops the workers, so the process exits', async () => {
    const code = `
      import {extractCorpus} from ${JSON.stringify(corpusModule)}
      async function* idle() {
        yield {id: 1, text: '"Doors open at six," the porter said.'}
        await new Promise(() => {})
      }
      for await (const result of extractCorpus(idle(), {jobs: 2})) {
        console.log(result.id)
        break
      }
      console.log('left the loop')`
    expect(await child(code)).toBe('1\nleft the loop\n')
  }, 120_000)
})

describe('flags of the main script', () => {
  it('workers start under node --input-type=module -e', async () => {
    const code = `
      import {extractCorpus} from ${JSON.stringify(corpusModule)}
      for await (const result of extractCorpus([{id: 7, text: '"Doors open at six," the porter said.'}], {jobs: 2})) {
        console.log(result.error ?? result.attributions[0].cue.text)
      }`
    expect(await child(code, [], true)).toBe('said\n')
  }, 120_000)
  it.each([
    {argv: ['--input-type=module', '-e', 'code'], kept: []},
    {argv: ['--no-warnings', '--eval', 'code', '--stack-size=900'], kept: ['--no-warnings', '--stack-size=900']},
    {argv: ['-p', 'code', '--input-type', 'commonjs'], kept: []},
    {argv: ['--no-warnings', '--conditions=dev'], kept: undefined}
  ])('execArgv $argv keeps $kept', ({argv, kept}) => {
    expect(workerExecArgv(argv)).toEqual(kept)
  })
})

describe('options behind a Proxy', () => {
  /** Wrap an object and every object inside it in a Proxy, as reactive stores do. */
  function deepProxy<T extends object>(target: T): T {
    return new Proxy(target, {
      get: (object, key) => {
        const value = Reflect.get(object, key)
        return value !== null && typeof value === 'object' ? deepProxy(value) : value
      }
    })
  }
  it('jobs 2 gives the results of jobs 1', async () => {
    const input = [{id: 'a', text: 'The mayor said the road would close. She believes it will help.'}]
    const options = deepProxy({categories: ['speech' as const]})
    const one = await drain(extractCorpus(input, {...options, jobs: 1}))
    const two = await drain(extractCorpus(input, {...options, jobs: 2}))
    expect({
      two,
      cues: one.results.flatMap((r) => ('error' in r ? [] : r.attributions.map((a) => a.cue.text)))
    }).toEqual({two: one, cues: ['said']})
  })
})

describe('copying a result back to the main thread', () => {
  it('a record with many cues in one long sentence fits a heap that the copied texts would not', async () => {
    const code = `
      import {extractCorpus} from ${JSON.stringify(corpusModule)}
      const names = ['Ines', 'Tomas', 'Wen', 'Kofi', 'Lena']
      const text = Array.from({length: 8000}, (_, i) => names[i % 5] + ' said the tram would stop at pier ' + i).join(' and ') + '.'
      for await (const result of extractCorpus([{id: 1, text}], {jobs: 2})) {
        const exact = result.attributions.every((a) => a.sentence.text === text.slice(a.sentence.start, a.sentence.end))
        console.log(result.attributions.length, exact)
      }`
    const count = extractAttributions(runOn(8000)).attributions.length
    expect(await child(code, ['--max-old-space-size=48'])).toBe(`${count} true\n`)
  }, 120_000)
})

describe('results are exact with every span text restored', () => {
  it('jobs 2 equals extractAttributions on a long run-on sentence', async () => {
    const record = {id: 'long', text: runOn(300)}
    expect(await drain(extractCorpus([record], {jobs: 2}))).toEqual({results: [expected(record)], thrown: null})
  })
})
