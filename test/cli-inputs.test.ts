/**
 * The command keeps going over bad inputs (missing files, broken links,
 * binary data, faulty NDJSON lines, an input deleted mid-run) and fails the
 * run at the end; it reads gzip and byte-order marks, cuts long files into
 * parts, writes compact output, and fails when the output cannot be
 * written. All sentences are invented.
 */
import {spawn} from 'node:child_process'
import {closeSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, unlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {extractAttributions} from '../src/index.js'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
let dir = ''

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Run the built command in the fixture folder; `stdout` may be a file descriptor to write to instead of a pipe. */
function run(
  args: string[],
  options: {stdin?: string; stdout?: number; onOutput?: (child: ReturnType<typeof spawn>) => void} = {}
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {cwd: dir, stdio: ['pipe', options.stdout ?? 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    let told = false
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk
      if (!told && options.onOutput !== undefined) {
        told = true
        options.onOutput(child)
      }
    })
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    if (options.onOutput === undefined) child.stdin!.end(options.stdin ?? '')
    else child.stdin!.write(options.stdin ?? '')
  })
}

const lines = (text: string): unknown[] =>
  text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
const mayor = '"The ferry will run again in April," the mayor said.\n'
const clerk = 'The town clerk said that the vote had been moved to Friday.\n'
/**
 * The NDJSON entry the command writes for `text` after `keys`: what
 * `extractAttributions` gives, with each attribution's sentence as offsets
 * and each sentence's text once, in `sentences`.
 */
const entry = (keys: Record<string, unknown>, text: string) => {
  const result = extractAttributions(text)
  const attributions = result.attributions.map((a) => ({
    ...a,
    sentence: {start: a.sentence.start, end: a.sentence.end}
  }))
  const sentences = [...new Map(result.attributions.map((a) => [a.sentence.start, a.sentence])).values()]
  return {...keys, ...result, attributions, sentences}
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'whosaid-inputs-'))
  writeFileSync(join(dir, 'mayor.txt'), mayor)
  writeFileSync(join(dir, 'clerk.txt'), clerk)
  symlinkSync('nowhere.txt', join(dir, 'dangling.txt'))
  symlinkSync('loop-b.txt', join(dir, 'loop-a.txt'))
  symlinkSync('loop-a.txt', join(dir, 'loop-b.txt'))
  mkdirSync(join(dir, 'mixed'))
  writeFileSync(join(dir, 'mixed', 'a.txt'), mayor)
  writeFileSync(
    join(dir, 'mixed', 'picture'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48])
  )
  writeFileSync(join(dir, 'mixed', 'b.txt.gz'), gzipSync(clerk))
  symlinkSync('..', join(dir, 'mixed', 'up'))
  writeFileSync(join(dir, 'bom.txt'), '\ufeff' + clerk)
  writeFileSync(join(dir, 'bom.ndjson'), '\ufeff' + JSON.stringify({id: 'first', text: clerk}) + '\n')
  const deep = '['.repeat(50_000) + ']'.repeat(50_000)
  writeFileSync(
    join(dir, 'deep.ndjson'),
    `{"id": ${deep}, "text": "x"}\n${JSON.stringify({id: 'after', text: mayor})}\n`
  )
  writeFileSync(join(dir, 'later.ndjson'), JSON.stringify({id: 'later', text: mayor}) + '\n')
}, 60_000)

afterAll(() => {
  if (dir !== '') rmSync(dir, {recursive: true, force: true})
})

describe('whosaid: a bad input gives an error entry and the run goes on, exit 1', () => {
  it.each([
    {name: 'a missing file', bad: 'missing.txt', error: 'cannot read: no such file or directory'},
    {name: 'a dangling symbolic link', bad: 'dangling.txt', error: 'cannot read: dangling symbolic link'},
    {name: 'a symbolic link loop', bad: 'loop-a.txt', error: 'cannot read: symbolic link loop'}
  ])('$name', async ({bad, error}) => {
    const result = await run(['-f', 'ndjson', '-q', 'mayor.txt', bad, 'clerk.txt'])
    expect({code: result.code, output: lines(result.stdout)}).toEqual({
      code: 1,
      output: [entry({path: 'mayor.txt'}, mayor), {path: bad, error}, entry({path: 'clerk.txt'}, clerk)]
    })
  })

  it('a directory: binary files are skipped with a message, gzip is read decompressed, a link back up is walked once', async () => {
    const result = await run(['-f', 'ndjson', '-q', 'mixed'])
    const paths = lines(result.stdout).map((e) => (e as {path: string}).path)
    expect({code: result.code, first: lines(result.stdout).slice(0, 3)}).toEqual({
      code: 1,
      first: [
        entry({path: 'mixed/a.txt'}, mayor),
        entry({path: 'mixed/b.txt.gz'}, clerk),
        {path: 'mixed/picture', error: 'binary data, not text: skipped'}
      ]
    })
    // mixed/up is the fixture folder: walked once, and mixed/ is not walked again below it.
    expect(paths.filter((path) => path.startsWith('mixed/up/mixed'))).toEqual([])
  })
})

describe('whosaid: a file too long to process whole', () => {
  it('is read in parts at blank lines: one entry per part, offsets into the whole file, ids and paragraphs continued', async () => {
    const paragraph =
      'The harbour master said the pier would reopen in June.\n\nA ferry captain told reporters that the crossings were cancelled.\n\n'
    const text = paragraph.repeat(Math.ceil(8_500_000 / paragraph.length))
    writeFileSync(join(dir, 'long.txt'), text)
    const result = await run(['-q', '-f', 'ndjson', 'long.txt'])
    const parts = lines(result.stdout) as Array<{
      path: string
      part: number
      attributions: Array<{
        cue: {start: number; end: number; text: string}
        paragraph: number
        source: {sourceId: string}
      }>
      sources: Array<{id: string}>
    }>
    const cues = parts.flatMap((part) => part.attributions)
    const ids = parts.flatMap((part) => part.sources.map((source) => Number(source.id.slice(1))))
    expect({
      code: result.code,
      numbers: parts.map((part) => `${part.path} ${part.part}`),
      cues: cues.length,
      wrongSpans: cues.filter((a) => text.slice(a.cue.start, a.cue.end) !== a.cue.text).length,
      paragraphsInOrder: cues.every((a, i) => i === 0 || a.paragraph === cues[i - 1].paragraph + 1),
      idsInOrder: ids.every((id, i) => id === i + 1)
    }).toEqual({
      code: 0,
      numbers: Array.from({length: parts.length}, (_, i) => `long.txt ${i + 1}`),
      cues: 2 * Math.ceil(8_500_000 / paragraph.length),
      wrongSpans: 0,
      paragraphsInOrder: true,
      idsInOrder: true
    })
    expect(parts.length).toBe(Math.ceil(text.length / 1_000_000))
  }, 300_000)
})

describe('whosaid: byte-order marks', () => {
  it.each([
    {
      name: 'a text file: offsets count from after the mark',
      args: ['-f', 'ndjson', 'bom.txt'],
      output: [entry({path: 'bom.txt'}, clerk)]
    },
    {name: 'the first NDJSON line', args: ['-i', 'ndjson', 'bom.ndjson'], output: [entry({id: 'first'}, clerk)]}
  ])('$name', async ({args, output}) => {
    const result = await run(['-q', ...args])
    expect({code: result.code, output: lines(result.stdout)}).toEqual({code: 0, output})
  })
})

describe('whosaid: NDJSON faults', () => {
  it('an id nested thousands deep gives an error record; the next record is processed', async () => {
    const result = await run(['-q', '-i', 'ndjson', 'deep.ndjson'])
    expect({code: result.code, output: lines(result.stdout)}).toEqual({
      code: 1,
      output: [
        {path: 'deep.ndjson', line: 1, error: 'expected "id" to be nested less deeply'},
        entry({id: 'after'}, mayor)
      ]
    })
  })

  it('an input deleted before it is read gives an error record; the run goes on', async () => {
    writeFileSync(join(dir, 'doomed.ndjson'), JSON.stringify({id: 'doomed', text: clerk}) + '\n')
    const result = await run(['-q', '-i', 'ndjson', '-', 'doomed.ndjson', 'later.ndjson'], {
      stdin: JSON.stringify({id: 'stdin', text: clerk}) + '\n',
      onOutput(child) {
        unlinkSync(join(dir, 'doomed.ndjson'))
        child.stdin!.end()
      }
    })
    expect({code: result.code, output: lines(result.stdout)}).toEqual({
      code: 1,
      output: [
        entry({id: 'stdin'}, clerk),
        {path: 'doomed.ndjson', error: 'cannot read: no such file or directory'},
        entry({id: 'later'}, mayor)
      ]
    })
  })
})

describe('whosaid: output and settings', () => {
  it('a write error (a full disk) fails the run and says so', async () => {
    const full = openSync('/dev/full', 'w')
    try {
      const result = await run(['mayor.txt'], {stdout: full})
      expect({code: result.code, stderr: result.stderr}).toEqual({
        code: 1,
        stderr: 'whosaid: cannot write the output: ENOSPC: no space left on device, write\n'
      })
    } finally {
      closeSync(full)
    }
  })

  it('--jobs above the number of processors is capped, with a note', async () => {
    const result = await run(['-f', 'ndjson', '--jobs', '100000', 'mayor.txt'])
    expect({code: result.code, note: result.stderr.split('\n')[0], output: lines(result.stdout)}).toEqual({
      code: 0,
      note: expect.stringMatching(/^whosaid: --jobs 100000 is more than the \d+ processors; using \d+$/),
      output: [entry({path: 'mayor.txt'}, mayor)]
    })
  })

  it('--fields: compact output with the chosen fields, sentences and mentions without their text', async () => {
    const result = await run(['-q', '-f', 'ndjson', '--fields', 'cue,source,sentence', 'mayor.txt'])
    const full = extractAttributions(mayor)
    expect({code: result.code, output: lines(result.stdout)}).toEqual({
      code: 0,
      output: [
        {
          path: 'mayor.txt',
          attributions: full.attributions.map((a) => ({
            cue: a.cue,
            source: a.source,
            sentence: {start: a.sentence.start, end: a.sentence.end}
          })),
          sources: full.sources.map((s) => ({...s, mentions: s.mentions.map((m) => ({start: m.start, end: m.end}))})),
          skipped: []
        }
      ]
    })
  })

  it.each([
    {
      name: '--compact with text output',
      args: ['--compact', 'mayor.txt'],
      stderr: 'whosaid: --compact and --fields apply to --format json and ndjson\n'
    },
    {
      name: '--fields with an unknown field',
      args: ['-f', 'json', '--fields', 'cue,colour', 'mayor.txt'],
      stderr:
        "whosaid: --fields must be one of cue, content, mode, source, via, rule, category, lemma, confidence, sentence, paragraph, negated; got 'colour'\n"
    }
  ])('usage error: $name', async ({args, stderr}) => {
    const result = await run(args)
    expect({code: result.code, stderr: result.stderr.split('Try')[0]}).toEqual({code: 2, stderr})
  })

  it('the summary says how much of a page was left out as a comment thread', async () => {
    const page = [
      clerk.trim(),
      '2 Comments',
      '• Harbour Fan',
      'I said so all along, the ferry never mattered to them.',
      'Reply'
    ].join('\n\n')
    const result = await run(['-f', 'ndjson'], {stdin: page})
    const start = page.indexOf('2 Comments')
    expect({
      code: result.code,
      skipped: (lines(result.stdout)[0] as {skipped: unknown}).skipped,
      summary: result.stderr
    }).toEqual({
      code: 0,
      skipped: [{start, end: page.length, reason: 'comment-thread'}],
      summary: `whosaid: 1 article, 0 failed, 1 attribution, 1 source (person 1), 100% anonymous, ${page.length - start} characters skipped (1 comment thread)\n`
    })
  })
})
