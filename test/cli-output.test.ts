/**
 * The command's JSON output grows with the result, not with cues × sentence
 * length: each sentence's text is written once (`sentences`), each entry is
 * written in pieces of bounded size, and reading the output back gives
 * exactly what `extractAttributions` returns. Runs the command's source in
 * this process. All sentences are invented.
 */
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {PIECE_SIZE} from '../src/cli/json-entry.js'
import {main} from '../src/cli/main.js'
import {extractAttributions, type Attribution, type ExtractResult, type Span} from '../src/index.js'

/** One long sentence with a cue every few words and no full stop: each cue's content runs to its end. */
const dense = (count: number) =>
  Array.from({length: count}, (_, i) => `Quist said — the ferry ${i} ran late, I say`).join(' ')

const FILES: Record<string, string> = {
  'dense.txt': dense(400),
  'news.txt':
    'The harbour will reopen in May, the port authority said on Monday.\n\n“We are on schedule,” said Ines Moreau, the harbour master. She added that fares would rise.',
  'none.txt': 'The storm season has begun early.'
}

let dir = ''
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'whosaid-output-'))
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text)
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

/** Run the command on `name` and give back what it wrote, and the size of each write. */
async function run(args: string[], name: string): Promise<{out: string; writes: number[]}> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const writes: number[] = []
  let out = ''
  stdout.setEncoding('utf8').on('data', (chunk: string) => {
    writes.push(chunk.length)
    out += chunk
  })
  stderr.resume()
  const code = await main([...args, '-q', '-j', '1', join(dir, name)], {stdin: new PassThrough(), stdout, stderr})
  expect(code).toBe(0)
  return {out, writes}
}

type Entry = ExtractResult & {
  path: string
  sentences: Span[]
  attributions: Array<Omit<Attribution, 'sentence'> & {sentence: {start: number; end: number}}>
}

/** The result of an entry with each attribution's sentence looked up in `sentences`. */
function readBack(entry: Entry): ExtractResult {
  const byStart = new Map(entry.sentences.map((sentence) => [sentence.start, sentence]))
  const attributions = entry.attributions.map((a) => ({...a, sentence: byStart.get(a.sentence.start) as Span}))
  return {attributions, sources: entry.sources, skipped: entry.skipped}
}

/** The characters of span text an attribution or source brings of its own (not its sentence). */
function ownText(result: ExtractResult): number {
  let characters = 0
  for (const a of result.attributions) {
    for (const span of [a.cue, a.content, a.source, a.via]) characters += span?.text.length ?? 0
  }
  for (const source of result.sources) for (const mention of source.mentions) characters += mention.text.length
  return characters
}

describe('whosaid --format ndjson: each sentence once', () => {
  it.each(['dense.txt', 'news.txt', 'none.txt'])('%s reads back as extractAttributions returns it', async (name) => {
    const {out} = await run(['-f', 'ndjson'], name)
    const entry = JSON.parse(out) as Entry
    expect(readBack(entry)).toEqual(extractAttributions(FILES[name]))
    // Each sentence that holds a cue, once, in document order.
    const starts = entry.sentences.map((s) => s.start)
    expect(starts).toEqual([...new Set(entry.attributions.map((a) => a.sentence.start))])
    expect(entry.attributions.every((a) => Object.keys(a.sentence).join() === 'start,end')).toBe(true)
  })

  it('cue-dense text: the output is the attributions’ own text and each sentence once, plus a bounded size per attribution', async () => {
    const text = FILES['dense.txt']
    const result = extractAttributions(text)
    expect(result.attributions.length).toBeGreaterThan(400)
    const sentences = new Set(result.attributions.map((a) => a.sentence.text))
    const sentenceText = [...sentences].reduce((sum, s) => sum + s.length, 0)
    const {out} = await run(['-f', 'ndjson'], 'dense.txt')
    // At most 600 characters of keys, offsets and labels per attribution and per mention.
    const spans = result.attributions.length + result.sources.reduce((sum, s) => sum + s.mentions.length, 0)
    expect(out.length).toBeLessThanOrEqual(ownText(result) + sentenceText + 600 * spans)
    // Repeating each attribution's sentence, as the output used to, would not fit that bound.
    const repeated = result.attributions.reduce((sum, a) => sum + a.sentence.text.length, 0)
    expect(repeated).toBeGreaterThan(out.length)
  })

  it('writes an entry in pieces of about PIECE_SIZE characters, never the whole entry at once', async () => {
    const {out, writes} = await run(['-f', 'ndjson'], 'dense.txt')
    expect(out.length).toBeGreaterThan(4 * PIECE_SIZE)
    // A piece closes after the item (attribution, source or sentence) that takes it past the size.
    const result = extractAttributions(FILES['dense.txt'])
    const longestItem = Math.max(
      ...[...result.attributions, ...result.sources].map((item) => JSON.stringify(item).length)
    )
    expect(Math.max(...writes)).toBeLessThanOrEqual(PIECE_SIZE + longestItem)
  })

  it('--format json holds the same entries', async () => {
    const ndjson = JSON.parse((await run(['-f', 'ndjson'], 'news.txt')).out) as Entry
    const json = JSON.parse((await run(['-f', 'json'], 'news.txt')).out) as {files: Entry[]}
    expect(json.files).toEqual([ndjson])
  })
})
