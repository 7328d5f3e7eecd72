/**
 * The command reads Markdown and HTML files through unified: tags and
 * Markdown syntax stay out of the results, offsets point into the file.
 * Runs the command's source in this process. All sentences are invented.
 */
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {PassThrough} from 'node:stream'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {main} from '../src/cli/main.js'
import type {Attribution, Source} from '../src/types.js'

let dir = ''

const FILES: Record<string, string> = {
  'pier.md': '# Port news\n\nMayor [Ana Ruiz](https://example.org/ruiz) said that the *old* pier would close.\n',
  'pier.html':
    '<!doctype html><title>Port news</title><p>Mayor <a href="https://example.org/ruiz">Ana Ruiz</a> said that the pier&rsquo;s deck was new.</p>',
  // HTML in a plain-text file is text: its tags end up in the content.
  'deck.txt': '<p>The mayor said that the <b>deck</b> was new.</p>',
  'empty.html': ''
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'whosaid-markup-'))
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text)
})

afterAll(() => rmSync(dir, {recursive: true, force: true}))

/** Run the command with JSON output and return its files. */
async function runJson(args: string[]): Promise<Array<{path: string; attributions: Attribution[]; sources: Source[]}>> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk))
  stderr.resume()
  const code = await main(['-f', 'json', '-q', '-j', '1', ...args], {stdin: new PassThrough(), stdout, stderr})
  expect(code).toBe(0)
  return (JSON.parse(out) as {files: Array<{path: string; attributions: Attribution[]; sources: Source[]}>}).files
}

/** Each attribution as source pieces, source name and content pieces, offsets checked against the file. */
function view(path: string, result: {attributions: Attribution[]; sources: Source[]}): unknown[] {
  const text = readFileSync(path, 'utf8')
  return result.attributions.map((a) => {
    for (const span of [a.cue, a.content!, a.source!, ...(a.source!.parts ?? []), ...(a.content!.parts ?? [])]) {
      expect(text.slice(span.start, span.end)).toBe(span.text)
    }
    return [
      (a.source!.parts ?? [a.source!]).map((p) => p.text),
      result.sources[0].name,
      (a.content!.parts ?? [a.content!]).map((p) => p.text)
    ]
  })
}

describe('whosaid on Markdown and HTML files', () => {
  const CASES: Array<[string, unknown[]]> = [
    ['pier.md', [[['Mayor', 'Ana Ruiz'], 'Ana Ruiz', ['that the', 'old', 'pier would close']]]],
    ['pier.html', [[['Mayor', 'Ana Ruiz'], 'Ana Ruiz', ['that the pier&rsquo;s deck was new']]]],
    ['deck.txt', [[['The mayor'], 'The mayor', ['that the <b>deck</b> was new']]]],
    ['empty.html', []]
  ]

  it.each(CASES)('%s', async (name, expected) => {
    const path = join(dir, name)
    const [file] = await runJson([path])
    expect(file.path).toBe(path)
    expect(view(path, file)).toEqual(expected)
  })

  it('reads .html files found in a directory', async () => {
    const files = await runJson([dir])
    expect(files.map((file) => [file.path.slice(dir.length + 1), file.attributions.length])).toEqual([
      ['deck.txt', 1],
      ['empty.html', 0],
      ['pier.html', 1],
      ['pier.md', 1]
    ])
  })
})
