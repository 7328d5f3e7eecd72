/**
 * The table outputs of the command: `--format csv` (one row per attribution)
 * and `--sources` (who was quoted) in text, CSV and JSON, from entries built
 * by hand and end to end through the built command.
 */
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parse} from 'csv-parse/sync'
import fc from 'fast-check'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {newsText, unicodeText} from '../scripts/news-generator.mjs'
import {attributionRecords, ATTRIBUTION_COLUMNS} from '../src/cli/csv-attributions.js'
import {readEntry, type Entry, type Outcome} from '../src/cli/entry.js'
import {sourcesRecords} from '../src/cli/sources-csv.js'
import {formatSources} from '../src/cli/sources-text.js'
import {extractAttributions, summarizeSources, type Attribution, type ExtractResult, type Source} from '../src/index.js'
import {runScript, type Run} from './run-script.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const extract = (text: string) => extractAttributions(text)
const TEXT = '"We will, in time," Dana Okafor, a city spokeswoman, told the Gazette, "reopen the pool."\nRain fell.'

/** The span of the first occurrence of `words` in TEXT. */
const find = (words: string) => ({start: TEXT.indexOf(words), end: TEXT.indexOf(words) + words.length, text: words})
const span = (start: number, end: number) => ({start, end, text: TEXT.slice(start, end)})

const told: Attribution = {
  cue: find('told'),
  content: {...span(0, 89), parts: [find('"We will, in time,"'), find('"reopen the pool."')]},
  mode: 'direct',
  source: {...find('Dana Okafor, a city spokeswoman'), sourceId: 's1'},
  via: {...find('the Gazette'), sourceId: 's2'},
  rule: 'verb-inverted',
  category: 'speech',
  lemma: 'tell',
  confidence: 0.85,
  sentence: span(0, 89),
  paragraph: 0,
  negated: false
}
const fell: Attribution = {
  ...told,
  cue: find('fell'),
  content: null,
  mode: 'none',
  source: null,
  via: null,
  rule: 'verb-subject',
  negated: true
}
const sources: Source[] = [
  {id: 's1', name: 'Dana Okafor', kind: 'person', anonymous: false, mentions: [find('Dana Okafor')]},
  {id: 's2', name: 'the Gazette', kind: 'media', anonymous: false, mentions: [find('the Gazette')]}
]
const result: ExtractResult = {attributions: [told, fell], sources, skipped: []}

describe('readEntry', () => {
  it.each([
    {
      name: 'a file',
      outcome: {keys: {path: 'a,b.txt'}, result},
      entry: {document: 'a,b.txt', keys: {path: 'a,b.txt'}, result}
    },
    {
      name: 'a part of a file',
      outcome: {keys: {path: 'big.txt', part: 2}, result},
      entry: {document: 'big.txt', keys: {path: 'big.txt'}, result}
    },
    {
      name: 'a record with a string id',
      outcome: {keys: {id: 'x1'}, result},
      entry: {document: 'x1', keys: {id: 'x1'}, result}
    },
    {
      name: 'a record with a number id',
      outcome: {keys: {id: 3}, result},
      entry: {document: '3', keys: {id: 3}, result}
    },
    {name: 'a record without id', outcome: {keys: {id: null}, result}, entry: {document: '', keys: {id: null}, result}},
    {
      name: 'a file that failed',
      outcome: {keys: {path: 'gone.txt'}, error: 'cannot read'},
      entry: {document: 'gone.txt', error: 'cannot read'}
    },
    {
      name: 'a record that failed, from a file',
      outcome: {keys: {id: 'r', path: 'in.ndjson', line: 4}, error: 'boom'},
      entry: {document: 'r', error: 'in.ndjson, line 4: boom'}
    },
    {
      name: 'a line that failed, from a file',
      outcome: {keys: {path: 'in.ndjson', line: 2}, error: 'bad'},
      entry: {document: 'in.ndjson', error: 'line 2: bad'}
    },
    {
      name: 'a line that failed, from standard input',
      outcome: {keys: {line: 2}, error: 'bad'},
      entry: {document: '', error: 'line 2: bad'}
    }
  ] as Array<{name: string; outcome: Outcome; entry: Entry}>)('$name', ({outcome, entry}) => {
    expect(readEntry(outcome)).toEqual(entry)
  })
})

describe('CSV of attributions', () => {
  it.each([
    {
      name: 'quoting of commas, quotes and line breaks; content in pieces; an unnamed, negated cue',
      entry: {document: 'pool "draft".txt', keys: {}, result} as Entry,
      csv:
        '"pool ""draft"".txt","Dana Okafor, a city spokeswoman",Dana Okafor,person,,false,the Gazette,told,speech,direct,false,' +
        '"""We will, in time,"" … ""reopen the pool.""",0.85,verb-inverted,53,57,0,89,20,51,\r\n' +
        '"pool ""draft"".txt",,,,,,,fell,speech,none,true,,0.85,verb-subject,95,99,,,,,\r\n'
    },
    {
      name: 'nothing found: no rows',
      entry: {document: 'd', keys: {}, result: {attributions: [], sources: [], skipped: []}} as Entry,
      csv: ''
    },
    {
      name: 'a failure: document and error only',
      entry: {document: 'd', error: 'line 2: bad'} as Entry,
      csv: 'd,,,,,,,,,,,,,,,,,,,,line 2: bad\r\n'
    },
    {
      name: 'a lone LF or CR in a cell is quoted',
      entry: {document: 'a\nb', error: 'x\ry'} as Entry,
      csv: '"a\nb",,,,,,,,,,,,,,,,,,,,"x\ry"\r\n'
    }
  ])('$name', ({entry, csv}) => {
    expect(attributionRecords(entry)).toBe(csv)
  })

  it('generated text: parses back to every field, nothing lost, one cell per column', () => {
    const pieces = fc.array(fc.constantFrom('the', ' plan', ',', '"', '\r\n', '\n', ' ', '“', '”', ';', '\t'), {
      maxLength: 20
    })
    const texts = fc.oneof(
      fc.array(fc.nat(), {maxLength: 150}).map(newsText),
      fc.array(fc.nat(), {maxLength: 150}).map(unicodeText),
      pieces.map((words) => `Ana Ruiz, a "planner", said the ${words.join('')} would work.`)
    )
    fc.assert(
      fc.property(texts, (text) => {
        const r = extract(text)
        const rows = parse(attributionRecords({document: 'd', keys: {}, result: r}), {
          relax_column_count: true
        }) as string[][]
        const joined = (span: {text: string; parts?: Array<{text: string}>} | null) =>
          span === null ? '' : span.parts === undefined ? span.text : span.parts.map((part) => part.text).join(' … ')
        expect(rows.map((row) => [row.length, row[1], row[7], row[11], row[14]])).toEqual(
          r.attributions.map((a) => [
            ATTRIBUTION_COLUMNS.length,
            a.source?.text ?? '',
            joined(a.cue),
            joined(a.content),
            String(a.cue.start)
          ])
        )
      }),
      {numRuns: 150}
    )
  })

  it('parses back to the fields, with one cell per column', () => {
    const rows = parse(attributionRecords({document: 'p', keys: {}, result}), {
      columns: [...ATTRIBUTION_COLUMNS]
    }) as Array<Record<string, string>>
    expect(
      rows.map((row) => [row.source, row.content, TEXT.slice(Number(row.cue_start), Number(row.cue_end))])
    ).toEqual([
      ['Dana Okafor, a city spokeswoman', '"We will, in time," … "reopen the pool."', 'told'],
      ['', '', 'fell']
    ])
  })
})

describe('--sources formats of one summary', () => {
  const summary = summarizeSources(result)

  it('text', () => {
    expect(formatSources('pool.txt', summary, false)).toBe(
      'pool.txt: 2 sources, 1 claim, 1 without a source\n' +
        '  claims  relayed  source       kind    gender  anonymous  channels\n' +
        '  ------  -------  -----------  ------  ------  ---------  -----------\n' +
        '       1        0  Dana Okafor  person  -       no         the Gazette\n' +
        '       0        1  the Gazette  media   -       no\n' +
        '  anonymous: 0 of 2 sources (0%), 0 of 1 claim (0%)\n' +
        '  by kind:   sources: person 1 (50%), media 1 (50%)\n' +
        '             claims:  person 1 (100%)\n' +
        '  by gender: of 1 person: unknown 1 (100%)\n' +
        '             their claims: unknown 1 (100%)\n\n'
    )
  })

  it('text for a corpus with no sources', () => {
    expect(formatSources('corpus', summarizeSources([{attributions: [], sources: [], skipped: []}]), true)).toBe(
      'corpus: 1 document, 0 sources, 0 claims, 0 without a source\n  (no sources)\n\n'
    )
  })

  it('CSV: sources, total, anonymous, kind and gender rows', () => {
    const zeroKind = (kind: string) => `document,pool.txt,kind,,${kind},,,,0,,,0,,0.0000,0.0000,`
    const gender = (name: string, n: number, share: string) =>
      `document,pool.txt,gender,,person,${name},,,${n},,,${n},,${share},${share},`
    expect(sourcesRecords('document', 'pool.txt', summary).split('\r\n')).toEqual([
      'document,pool.txt,source,Dana Okafor,person,,false,1,1,0,the Gazette,,,,,',
      'document,pool.txt,source,the Gazette,media,,false,1,0,1,,,,,,',
      'document,pool.txt,total,,,,,1,1,,,2,1,,,',
      'document,pool.txt,anonymous,,,,true,,0,,,0,,0.0000,0.0000,',
      'document,pool.txt,kind,,person,,,,1,,,1,,0.5000,1.0000,',
      zeroKind('organization'),
      'document,pool.txt,kind,,media,,,,0,,,1,,0.5000,0.0000,',
      zeroKind('document'),
      zeroKind('group'),
      zeroKind('unknown'),
      gender('female', 0, '0.0000'),
      gender('male', 0, '0.0000'),
      gender('unknown', 1, '1.0000'),
      ''
    ])
  })
})

const SEEDS = join(root, '..', 'shared', 'seeds')
const EXAMPLE = join(root, 'examples', 'article.txt')
const harbour =
  '“The ferry will run, weather permitting,” said harbour master Ines Moreau.\n\nA port spokesman told Reuters that fares would rise.\n'
const pier = 'Ines Moreau said the pier was safe. The council declined to comment.\n'
let dir = ''

/** Run the built command in the fixture folder, feeding `stdin`. */
const run = (args: string[], stdin = ''): Promise<Run> =>
  runScript(join(root, 'dist', 'cli.js'), ['--quiet', ...args], dir, stdin)

/** CSV text as objects keyed by the header. */
const csvObjects = (text: string) => parse(text, {columns: true}) as Array<Record<string, string>>

/** What the CSV says of each attribution that can be checked against the library's result. */
const located = (document: string, r: ExtractResult) =>
  r.attributions.map((a) => ({
    document,
    cue_start: String(a.cue.start),
    cue_end: String(a.cue.end),
    source: a.source?.text ?? ''
  }))

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'whosaid-tables-'))
  writeFileSync(join(dir, 'harbour.txt'), harbour)
  writeFileSync(join(dir, 'pier.txt'), pier)
})

afterAll(() => {
  if (dir !== '') rmSync(dir, {recursive: true, force: true})
})

describe('whosaid --format csv', () => {
  it('one row per attribution of each file, with the path, the header first', async () => {
    const out = await run(['-f', 'csv', 'harbour.txt', 'pier.txt'])
    const rows = csvObjects(out.stdout)
    expect({
      code: out.code,
      header: out.stdout.slice(0, out.stdout.indexOf('\r\n')).split(','),
      rows: rows.map(({document, cue_start, cue_end, source}) => ({document, cue_start, cue_end, source}))
    }).toEqual({
      code: 0,
      header: [...ATTRIBUTION_COLUMNS],
      rows: [...located('harbour.txt', extract(harbour)), ...located('pier.txt', extract(pier))]
    })
  })

  it('NDJSON records: the id as document, a bad line as an error row, exit 1', async () => {
    const input = [JSON.stringify({id: 'r1', text: pier}), '{"id": 2', JSON.stringify({id: 3, text: 'Rain.'})].join(
      '\n'
    )
    const out = await run(['-i', 'ndjson', '-f', 'csv'], input)
    const rows = csvObjects(out.stdout).map((row) => ({
      document: row.document,
      cue: row.cue,
      error: row.error.replace(/: .*/, ': …')
    }))
    expect({code: out.code, rows}).toEqual({
      code: 1,
      rows: [
        ...extract(pier).attributions.map((a) => ({document: 'r1', cue: a.cue.text, error: ''})),
        {document: '', cue: '', error: 'line 2: …'}
      ]
    })
  })
})

describe('whosaid --sources', () => {
  it('-f json: a summary per file and one for the corpus, as summarizeSources gives them', async () => {
    const out = await run(['--sources', '-f', 'json', 'harbour.txt', 'pier.txt'])
    expect({code: out.code, output: JSON.parse(out.stdout)}).toEqual({
      code: 0,
      output: {
        files: [
          {path: 'harbour.txt', ...summarizeSources(extract(harbour))},
          {path: 'pier.txt', ...summarizeSources(extract(pier))}
        ],
        corpus: summarizeSources([extract(harbour), extract(pier)])
      }
    })
  })

  it('text: one block per file, then the corpus', async () => {
    const out = await run(['--sources', 'harbour.txt', 'pier.txt'])
    const [a, b] = [extract(harbour), extract(pier)]
    expect({code: out.code, stdout: out.stdout}).toEqual({
      code: 0,
      stdout:
        formatSources('harbour.txt', summarizeSources(a), false) +
        formatSources('pier.txt', summarizeSources(b), false) +
        formatSources('corpus', summarizeSources([a, b]), true)
    })
  })

  it('-f csv on NDJSON: document rows by id, then corpus rows', async () => {
    const input = [JSON.stringify({id: 'h', text: harbour}), JSON.stringify({id: 'p', text: pier})].join('\n')
    const out = await run(['--sources', '-i', 'ndjson', '-f', 'csv'], input)
    const [a, b] = [extract(harbour), extract(pier)]
    expect({code: out.code, stdout: out.stdout}).toEqual({
      code: 0,
      stdout:
        'scope,document,row,name,kind,gender,anonymous,documents,claims,relayed,channels,sources,unsourced,source_share,claim_share,error\r\n' +
        sourcesRecords('document', 'h', summarizeSources(a)) +
        sourcesRecords('document', 'p', summarizeSources(b)) +
        sourcesRecords('corpus', '', summarizeSources([a, b]))
    })
  })

  it.each([
    {
      name: 'NDJSON input defaults to text',
      args: ['--sources', '-i', 'ndjson'],
      code: 0,
      stdout: /^"x" \(line 1\): \d+ sources?, /
    },
    {name: '--format ndjson is refused', args: ['--sources', '-f', 'ndjson'], code: 2, stdout: /^$/}
  ])('$name', async ({args, code, stdout}) => {
    const out = await run(args, JSON.stringify({id: 'x', text: pier}))
    expect({code: out.code, stdout: stdout.test(out.stdout), stderr: out.stderr}).toEqual({
      code,
      stdout: true,
      stderr:
        code === 2 ? "whosaid: --sources writes text, json or csv; got --format ndjson\nTry 'whosaid --help'.\n" : ''
    })
  })
})

// The seed articles are read where they lie; in CI their absence fails the test.
const seedsPresent = existsSync(SEEDS) || process.env.CI === 'true'

describe.skipIf(!seedsPresent)('the seed articles and the example article', () => {
  const paths = () => [
    ...readdirSync(SEEDS)
      .filter((name) => name.endsWith('.txt'))
      .sort()
      .map((name) => join(SEEDS, name)),
    EXAMPLE
  ]
  const results = () => paths().map((path) => ({path, result: extract(readFileSync(path, 'utf8'))}))

  it('CSV: every attribution of every article, at offsets that slice to its cue', async () => {
    const files = results()
    const out = await run(['-f', 'csv', ...files.map((file) => file.path)])
    const rows = csvObjects(out.stdout)
    const texts = new Map(files.map((file) => [file.path, readFileSync(file.path, 'utf8')]))
    const cues = rows.map((row) => ({
      document: row.document,
      cue: texts.get(row.document)!.slice(Number(row.cue_start), Number(row.cue_end)).split(/\s+/)[0]
    }))
    expect({code: out.code, count: rows.length, cues}).toEqual({
      code: 0,
      count: files.reduce((n, file) => n + file.result.attributions.length, 0),
      cues: files.flatMap((file) =>
        file.result.attributions.map((a) => ({document: file.path, cue: a.cue.text.split(/\s+/)[0]}))
      )
    })
    expect(files.length).toBeGreaterThan(1)
  })

  it('--sources -f json: the corpus summary of all of them', async () => {
    const files = results()
    const out = await run(['--sources', '-f', 'json', ...files.map((file) => file.path)])
    expect(JSON.parse(out.stdout).corpus).toEqual(summarizeSources(files.map((file) => file.result)))
  })
})
