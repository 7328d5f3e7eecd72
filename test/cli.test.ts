import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {formatArticle} from '../src/cli/format-text.js'
import {documentSection, pageShell, renderSection} from '../src/html/page.js'
import {extractAttributions} from '../src/index.js'
import {parseRecord} from '../src/cli/items.js'
import {formatDuration, formatProgress} from '../src/cli/progress.js'
import {shorten} from '../src/cli/shorten.js'
import {addToTally, emptyTally, formatSummary} from '../src/cli/summary.js'
import type {Attribution, Source, SourceKind} from '../src/types.js'
import {runScript, type Run} from './run-script.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'dist', 'cli.js')
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {version: string}).version
let dir = ''

/** Run the built command in the fixture folder, feeding `stdin`. */
const run = (args: string[], stdin = ''): Promise<Run> => runScript(cli, args, dir, stdin)

/** Parse NDJSON output. */
const lines = (text: string): unknown[] =>
  text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
const anyResult = {
  attributions: expect.any(Array),
  sources: expect.any(Array),
  skipped: expect.any(Array),
  sentences: expect.any(Array)
}

const bridge = '"The bridge will reopen in May," the mayor said.\n'
const ferry = 'A spokeswoman for the port told reporters that the ferry would keep running.\n'
const council = 'The council said it had not yet decided on the new parking fees.\n'

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'whosaid-cli-'))
  mkdirSync(join(dir, 'news', 'week2'), {recursive: true})
  mkdirSync(join(dir, 'news', '.cache'))
  writeFileSync(join(dir, 'bridge.txt'), bridge)
  writeFileSync(join(dir, 'news', 'b-ferry.md'), ferry)
  writeFileSync(join(dir, 'news', 'a-council'), council)
  writeFileSync(join(dir, 'news', 'index.json'), '{}')
  writeFileSync(join(dir, 'news', '.hidden.txt'), council)
  writeFileSync(join(dir, 'news', '.cache', 'old.txt'), council)
  writeFileSync(join(dir, 'news', 'week2', 'c-bridge.txt'), bridge)
  writeFileSync(
    join(dir, 'records.ndjson'),
    [
      JSON.stringify({id: 'one', text: bridge}),
      '',
      '{"id": "two", "text": ',
      JSON.stringify({id: 3, text: ferry}),
      JSON.stringify({id: 'four', body: council}),
      '   ',
      '[1, 2]',
      JSON.stringify({text: council})
    ].join('\n') + '\n'
  )
}, 120_000)

afterAll(() => {
  if (dir !== '') rmSync(dir, {recursive: true, force: true})
})

describe('whosaid: articles', () => {
  it.each([
    {
      name: 'a file and a directory, text output: one header per article, in order',
      args: ['bridge.txt', 'news'],
      stdin: '',
      headers: ['bridge.txt', 'news/a-council', 'news/b-ferry.md', 'news/week2/c-bridge.txt']
    },
    {name: 'standard input when no file is given', args: [], stdin: bridge, headers: ['<stdin>']},
    {name: 'standard input with -', args: ['-'], stdin: ferry, headers: ['<stdin>']}
  ])('$name', async ({args, stdin, headers}) => {
    const result = await run(args, stdin)
    const found = result.stdout
      .split('\n')
      .filter((line) => /^\S.*: \d+ attributions?, \d+ sources?$/.test(line))
      .map((line) => line.replace(/: \d+ attributions?.*$/, ''))
    expect({code: result.code, headers: found}).toEqual({code: 0, headers})
  })

  it('--format json writes one document with every file', async () => {
    const result = await run(['--format', 'json', 'bridge.txt', 'news'])
    expect({code: result.code, output: JSON.parse(result.stdout)}).toEqual({
      code: 0,
      output: {
        files: ['bridge.txt', 'news/a-council', 'news/b-ferry.md', 'news/week2/c-bridge.txt'].map((path) => ({
          path,
          ...anyResult
        }))
      }
    })
  })

  it('--format ndjson writes one line per article', async () => {
    const result = await run(['-f', 'ndjson', 'news'])
    expect({code: result.code, output: lines(result.stdout)}).toEqual({
      code: 0,
      output: ['news/a-council', 'news/b-ferry.md', 'news/week2/c-bridge.txt'].map((path) => ({path, ...anyResult}))
    })
  })

  it('--format html writes one page with a section per article', async () => {
    const result = await run(['--format', 'html', 'bridge.txt', 'news/b-ferry.md'])
    const {head, tail} = pageShell('whosaid: bridge.txt, news/b-ferry.md')
    const section = (label: string, text: string) =>
      renderSection(documentSection(label, text, extractAttributions(text)))
    expect({code: result.code, output: result.stdout}).toEqual({
      code: 0,
      output: head + section('bridge.txt', bridge) + section('news/b-ferry.md', ferry) + tail
    })
  })
})

describe('whosaid: NDJSON records', () => {
  const expected = [
    {id: 'one', ...anyResult},
    {path: 'records.ndjson', line: 3, error: expect.stringMatching(/^invalid JSON: /)},
    {id: 3, ...anyResult},
    {id: 'four', path: 'records.ndjson', line: 5, error: 'expected "text" to be a string, got nothing'},
    {path: 'records.ndjson', line: 7, error: 'expected a JSON object {"id", "text"}, got an array'},
    {id: null, ...anyResult}
  ]

  it('one result per record in order, error records in place, exit 1', async () => {
    const result = await run(['--input', 'ndjson', 'records.ndjson'])
    expect({code: result.code, output: lines(result.stdout)}).toEqual({code: 1, output: expected})
  })

  it('reads records from standard input (no path in error records)', async () => {
    const input = readFileSync(join(dir, 'records.ndjson'), 'utf8')
    const result = await run(['-i', 'ndjson'], input)
    const withoutPath = expected.map((entry) => {
      const {path, ...rest} = entry as {path?: string}
      void path
      return rest
    })
    expect({code: result.code, output: lines(result.stdout)}).toEqual({code: 1, output: withoutPath})
  })

  it('exits 0 when every record succeeds', async () => {
    const input = [bridge, ferry].map((text, i) => JSON.stringify({id: i, text})).join('\n')
    const result = await run(['-i', 'ndjson'], input)
    const output = lines(result.stdout)
    expect({code: result.code, output, keys: output.map((entry) => Object.keys(entry as object))}).toEqual({
      code: 0,
      output: [
        {id: 0, ...anyResult},
        {id: 1, ...anyResult}
      ],
      keys: [
        ['id', 'attributions', 'sources', 'skipped', 'sentences'],
        ['id', 'attributions', 'sources', 'skipped', 'sentences']
      ]
    })
  })

  it('--format json with records writes {records: [...]}', async () => {
    const result = await run(['-i', 'ndjson', '-f', 'json'], JSON.stringify({id: 'x', text: council}))
    expect({code: result.code, output: JSON.parse(result.stdout)}).toEqual({
      code: 0,
      output: {records: [{id: 'x', ...anyResult}]}
    })
  })

  it('keeps input order with --jobs 2 on 50 records', async () => {
    const ids = Array.from({length: 50}, (_, i) => `n${i}`)
    const texts = [bridge, ferry, council]
    const input = ids.map((id, i) => JSON.stringify({id, text: texts[i % 3].repeat(1 + (i % 7))})).join('\n')
    const result = await run(['-i', 'ndjson', '--jobs', '2'], input)
    expect({code: result.code, ids: lines(result.stdout).map((entry) => (entry as {id: string}).id)}).toEqual({
      code: 0,
      ids
    })
  })
})

describe('whosaid: stderr', () => {
  it.each([
    {
      name: 'summary at the end, no progress line when stderr is not a terminal',
      args: ['-i', 'ndjson'],
      stderr: 'whosaid: 2 records, 1 failed, 0 attributions, 0 sources, 0% anonymous\n'
    },
    {name: '--quiet prints nothing on stderr', args: ['-i', 'ndjson', '--quiet'], stderr: ''}
  ])('$name', async ({args, stderr}) => {
    // Texts without any attribution, so the counts do not depend on the extractor.
    const result = await run(args, '{"id": 1, "text": "Rain."}\nnope\n')
    expect({code: result.code, stderr: result.stderr}).toEqual({code: 1, stderr})
  })
})

describe('whosaid: help, version and usage errors', () => {
  it.each([
    {name: '--help', args: ['--help'], code: 0, stdout: /^Usage: whosaid /, stderr: /^$/},
    {
      name: '--version',
      args: ['--version'],
      code: 0,
      stdout: new RegExp(`^${version.replace(/\./g, '\\.')}\\n$`),
      stderr: /^$/
    },
    {name: 'unknown flag', args: ['--loud'], code: 2, stdout: /^$/, stderr: /^whosaid: Unknown option '--loud'\n/},
    {
      name: '--jobs 0',
      args: ['--jobs', '0'],
      code: 2,
      stdout: /^$/,
      stderr: /^whosaid: --jobs must be a positive whole number; got '0'\n/
    },
    {
      name: '--jobs many',
      args: ['--jobs', 'many'],
      code: 2,
      stdout: /^$/,
      stderr: /^whosaid: --jobs must be a positive whole number; got 'many'\n/
    },
    {
      name: '--format xml',
      args: ['--format', 'xml'],
      code: 2,
      stdout: /^$/,
      stderr: /^whosaid: --format must be one of text, json, ndjson, csv, html; got 'xml'\n/
    },
    {
      name: '--categories with an unknown name',
      args: ['--categories', 'speech,gossip'],
      code: 2,
      stdout: /^$/,
      stderr: /^whosaid: --categories must be one of .*; got 'gossip'\n/
    },
    {
      name: 'a file that does not exist: an error entry, exit 1',
      args: ['missing.txt'],
      code: 1,
      stdout: /^missing.txt\n  error: cannot read: no such file or directory\n/,
      stderr: /^whosaid: 1 article, 1 failed, /
    }
  ])('$name', async ({args, code, stdout, stderr}) => {
    const result = await run(args)
    expect(result.code).toBe(code)
    expect(result.stdout).toMatch(stdout)
    expect(result.stderr).toMatch(stderr)
  })
})

describe('text output helpers', () => {
  const text = '"The pool stays shut until July," Dana Okafor, a city spokeswoman, told the Gazette.'
  const span = (start: number, end: number) => ({start, end, text: text.slice(start, end)})
  /** The span of the first occurrence of `words`. */
  const find = (words: string) => span(text.indexOf(words), text.indexOf(words) + words.length)
  const attribution: Attribution = {
    cue: find('told'),
    content: find('The pool stays shut until July'),
    mode: 'direct',
    source: {...find('Dana Okafor, a city spokeswoman'), sourceId: 's1'},
    via: {...find('the Gazette'), sourceId: 's2'},
    rule: 'verb-subject',
    category: 'speech',
    lemma: 'tell',
    confidence: 0.9,
    sentence: span(0, text.length),
    paragraph: 0,
    negated: false
  }
  const sources: Source[] = [
    {id: 's1', name: 'Dana Okafor', kind: 'person', anonymous: false, mentions: [find('Dana Okafor')]},
    {id: 's2', name: 'the Gazette', kind: 'media', anonymous: false, mentions: [find('the Gazette')]}
  ]

  it.each([
    {
      name: 'an article with one attribution',
      label: 'pool.txt',
      result: {attributions: [attribution], sources},
      output:
        'pool.txt: 1 attribution, 2 sources\n' +
        '  1.  source:  Dana Okafor, a city spokeswoman → Dana Okafor (s1, named person)\n' +
        '      via:     the Gazette (s2, named media)\n' +
        '      cue:     told (speech, direct)\n' +
        '      content: The pool stays shut until July\n\n'
    },
    {
      name: 'an unnamed source, no content, a cue in two parts',
      label: 'x',
      result: {
        attributions: [
          {
            ...attribution,
            source: null,
            via: null,
            content: null,
            mode: 'none' as const,
            cue: {...span(0, 84), parts: [find('told'), find('the')]}
          }
        ],
        sources: []
      },
      output:
        'x: 1 attribution, 0 sources\n  1.  source:  (unnamed)\n      cue:     told … the (speech, none)\n      content: (none)\n\n'
    },
    {
      name: 'nothing found',
      label: 'empty.txt',
      result: {attributions: [], sources: []},
      output: 'empty.txt: 0 attributions, 0 sources\n  (none found)\n\n'
    },
    {name: 'a failure', label: 'bad.txt', result: {error: 'boom'}, output: 'bad.txt\n  error: boom\n\n'}
  ])('formatArticle: $name', ({label, result, output}) => {
    expect(formatArticle(label, result)).toBe(output)
  })

  it.each([
    {name: 'short text is kept, white space collapsed', input: 'one\n  two', max: 200, output: 'one two'},
    {
      name: 'long text is cut at a word with an ellipsis',
      input: 'alpha beta gamma delta',
      max: 18,
      output: 'alpha beta gamma…'
    },
    {name: 'a long word is cut inside', input: 'abcdefghijklmnopqrstuvwxyz', max: 10, output: 'abcdefghi…'}
  ])('shorten: $name', ({input, max, output}) => {
    expect(shorten(input, max)).toBe(output)
  })

  it.each([
    {
      name: 'with a known total',
      state: {records: 1204, bytes: 8_400_000, total: 16_800_000, elapsed: 4000},
      output: '1,204 records · 8.4 MB · 2.1 MB/s · 4s left'
    },
    {
      name: 'with an unknown total',
      state: {records: 3, bytes: 2_000_000, total: undefined, elapsed: 1000},
      output: '3 records · 2.0 MB · 2.0 MB/s'
    }
  ])('formatProgress: $name', ({state, output}) => {
    expect(formatProgress(state)).toBe(output)
  })

  it.each([
    {seconds: 42, output: '42s'},
    {seconds: 185, output: '3m 05s'},
    {seconds: 3720, output: '1h 02m'}
  ])('formatDuration($seconds)', ({seconds, output}) => {
    expect(formatDuration(seconds)).toBe(output)
  })

  it('formatSummary counts kinds and the anonymous share', () => {
    const tally = emptyTally()
    const source = (id: string, kind: SourceKind, anonymous: boolean): Source => ({
      id,
      name: id,
      kind,
      anonymous,
      mentions: []
    })
    const attributions = extractAttributions(
      '“We open at six,” the baker said. “And close at two,” the baker said.'
    ).attributions
    expect(attributions).toHaveLength(2)
    addToTally(tally, {
      attributions,
      sources: [source('s1', 'person', false), source('s2', 'media', false), source('s3', 'group', true)],
      skipped: []
    })
    addToTally(tally, null)
    expect(formatSummary(tally, 'record')).toBe(
      'whosaid: 2 records, 1 failed, 2 attributions, 3 sources (person 1, media 1, group 1), 33% anonymous\n'
    )
  })

  it('formatSummary says how much text was skipped', () => {
    const tally = emptyTally()
    const attributions = extractAttributions('“We open at six,” the baker said.').attributions
    const skip = (start: number, end: number) => ({start, end, reason: 'comment-thread'})
    addToTally(tally, {attributions, sources: [], skipped: [skip(100, 1600)]})
    addToTally(tally, {attributions: [], sources: [], skipped: [skip(0, 15), skip(30, 55)]})
    expect(formatSummary(tally, 'article')).toBe(
      'whosaid: 2 articles, 0 failed, 1 attribution, 0 sources, 0% anonymous, 1,540 characters skipped (3 comment threads)\n'
    )
  })
})

describe('parseRecord', () => {
  it.each([
    {
      name: 'a record',
      line: '{"id": 7, "text": "Hi."}',
      path: null,
      item: {label: '7 (line 4)', okKeys: {id: 7}, errorKeys: {id: 7, line: 4}, text: 'Hi.'}
    },
    {
      name: 'a record from a file',
      line: '{"id": "a", "text": "Hi."}',
      path: 'in.ndjson',
      item: {
        label: '"a" (in.ndjson, line 4)',
        okKeys: {id: 'a'},
        errorKeys: {id: 'a', path: 'in.ndjson', line: 4},
        text: 'Hi.'
      }
    },
    {
      name: 'no id',
      line: '{"text": "Hi."}',
      path: null,
      item: {label: 'null (line 4)', okKeys: {id: null}, errorKeys: {line: 4}, text: 'Hi.'}
    },
    {
      name: 'text is a number',
      line: '{"id": 1, "text": 5}',
      path: null,
      item: {
        label: '1 (line 4)',
        okKeys: {id: 1},
        errorKeys: {id: 1, line: 4},
        text: null,
        error: 'expected "text" to be a string, got number'
      }
    },
    {
      name: 'a JSON string',
      line: '"Hi."',
      path: null,
      item: {
        label: 'line 4',
        okKeys: {},
        errorKeys: {line: 4},
        text: null,
        error: 'expected a JSON object {"id", "text"}, got string'
      }
    }
  ])('$name', ({line, path, item}) => {
    expect(parseRecord(line, 4, path)).toEqual(item)
  })
})

describe('whosaid: end to end on one simple sentence', () => {
  it('finds the mayor saying the bridge will reopen', async () => {
    const result = await run(['-f', 'ndjson', 'bridge.txt'])
    const [entry] = lines(result.stdout) as Array<{attributions: Attribution[]}>
    const found = entry.attributions.map((a) => ({
      cue: a.cue.text,
      source: a.source?.text,
      content: a.content?.text.includes('The bridge will reopen in May')
    }))
    expect(found).toContainEqual({cue: 'said', source: 'the mayor', content: true})
  })
})
