import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'
import {runScript, type Run} from './run-script.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const command = join(root, 'dist', 'eval-cli.js')
const dir = mkdtempSync(join(tmpdir(), 'whosaid-eval-cli-'))
afterAll(() => rmSync(dir, {recursive: true, force: true}))

/** Run the built `whosaid-eval` in the temporary folder. */
const run = (args: string[]): Promise<Run> => runScript(command, args, dir)

// A made-up name, so that no gender list knows it: its gender stays unknown.
const text =
  '"The ferry will run again in May," Zorvan Qell said.\n\n"We ordered two new engines."\n\n' +
  'The harbour board said it had no comment on the schedule.'
/** Offsets of `needle` in `text`. */
const at = (needle: string): [number, number] => [text.indexOf(needle), text.indexOf(needle) + needle.length]
const ggtDocument = {
  id: 'ferry',
  text,
  attributions: [
    {
      cue: [at('said')],
      source: [at('Zorvan Qell')],
      content: [at('"The ferry will run again in May,"')],
      reference: 'Zorvan Qell'
    },
    {cue: [], source: [], content: [at('"We ordered two new engines."')], reference: 'Zorvan Qell'}
  ],
  quoted: {female: [], male: [], unknown: ['Zorvan Qell']}
}
writeFileSync(join(dir, 'ggt.jsonl'), JSON.stringify(ggtDocument) + '\n')
writeFileSync(
  join(dir, 'plain.jsonl'),
  JSON.stringify({...ggtDocument, attributions: [{cue: [], source: [], content: []}]}) + '\n'
)

describe('whosaid-eval', () => {
  it('prints the GGT measures with --ggt and writes them to --json', async () => {
    const result = await run(['ggt.jsonl', '--ggt', '--misses', '0', '--json', 'out/summary.json'])
    expect({code: result.code, stderr: result.stderr}).toEqual({code: 0, stderr: ''})
    const start = result.stdout.indexOf('Gender Gap Tracker measures')
    expect(result.stdout.slice(start, result.stdout.indexOf('\n\nWrote'))).toBe(
      [
        'Gender Gap Tracker measures: 1 documents, 2 gold quotes, 3 predicted (one per content piece)',
        '',
        'coverage >  quote P      R    F1  speaker  canonical  matched',
        '----------  -------  -----  ----  -------  ---------  -------',
        '0.3            66.7  100.0  80.0    100.0      100.0        2',
        '0.8            66.7  100.0  80.0    100.0      100.0        2',
        '(speaker and canonical: shares of the matched quotes)',
        '',
        'people quoted      P      R     F1  gold  predicted',
        '-------------  -----  -----  -----  ----  ---------',
        'overall        100.0  100.0  100.0     1          1',
        'female           0.0    0.0    0.0     0          0',
        'male             0.0    0.0    0.0     0          0',
        'unknown        100.0  100.0  100.0     1          1',
        'Gender right for 1 of the 1 people found (100.0%).'
      ].join('\n')
    )
    const summary = JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8')) as {ggt: {thresholds: unknown[]}}
    expect(summary.ggt.thresholds[0]).toEqual({
      threshold: 0.3,
      quotes: {tp: 2, fp: 1, fn: 0, precision: 2 / 3, recall: 1, f1: 0.8},
      speaker: {count: 2, correct: 2, accuracy: 1},
      canonical: {count: 2, correct: 2, accuracy: 1}
    })
  })

  it('guards the GGT figures with --baseline', async () => {
    const written = await run(['ggt.jsonl', '--ggt', '--misses', '0', '--write-baseline', 'base.json'])
    const baseline = JSON.parse(readFileSync(join(dir, 'base.json'), 'utf8')) as {f1: Record<string, number>}
    expect({code: written.code, f1: baseline.f1}).toEqual({
      code: 0,
      f1: {
        'cue.exact': 0.6667,
        'cue.overlap': 0.6667,
        'source.exact': 0.6667,
        'source.overlap': 0.6667,
        'content.exact': 0,
        'content.overlap': 0.5,
        linked: 0.5,
        'ggt.quotes@0.3': 0.8,
        'ggt.speaker@0.3': 1,
        'ggt.canonical@0.3': 1,
        'ggt.quotes@0.8': 0.8,
        'ggt.speaker@0.8': 1,
        'ggt.canonical@0.8': 1,
        'ggt.people': 1,
        'ggt.gender': 1
      }
    })
    writeFileSync(join(dir, 'higher.json'), JSON.stringify({...baseline, f1: {'ggt.quotes@0.3': 0.9}}))
    const guarded = await run(['ggt.jsonl', '--ggt', '--misses', '0', '--baseline', 'higher.json'])
    expect({code: guarded.code, tail: guarded.stdout.split('\n').slice(-3)}).toEqual({
      code: 1,
      tail: ['Below baseline higher.json (tolerance 0.01):', '  ggt.quotes@0.3: 0.8000 < 0.9000', '']
    })
  })

  const failures: Array<{name: string; args: string[]; stderr: string}> = [
    {name: 'no gold file', args: [], stderr: 'whosaid-eval: a gold file is required'},
    {
      name: 'a missing gold file',
      args: ['none.jsonl'],
      stderr:
        `whosaid-eval: cannot read gold file ${join(dir, 'none.jsonl')}: ` +
        `ENOENT: no such file or directory, open '${join(dir, 'none.jsonl')}'`
    },
    {
      name: 'a gold file without GGT fields under --ggt',
      args: ['plain.jsonl', '--ggt'],
      stderr: `whosaid-eval: malformed gold file: ${join(dir, 'plain.jsonl')}:1: \`attributions[0].reference\` is not a string`
    }
  ]
  it.each(failures)('exits 2 on $name', async ({args, stderr}) => {
    const result = await run(args)
    // A usage error goes on with the usage text; the first line says what is wrong.
    expect({code: result.code, stdout: result.stdout, stderr: result.stderr.split('\n')[0]}).toEqual({
      code: 2,
      stdout: '',
      stderr
    })
  })
})
