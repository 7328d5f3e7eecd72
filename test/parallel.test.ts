/**
 * The NDJSON filter under GNU parallel: records split into blocks, each
 * block run by its own `whosaid` process, output kept in input order. It
 * must equal one `whosaid` run over the whole file, except the `line` of
 * error records, which each process counts from the start of its block. Runs
 * only when GNU parallel is installed (`apt-get install parallel`); the
 * skip says so otherwise.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const installed = spawnSync('parallel', ['--version'], {encoding: 'utf8'}).stdout?.startsWith('GNU parallel') === true
if (!installed) console.warn('test/parallel.test.ts: GNU parallel is not installed, so its test is skipped')

/** Forty invented records, a few of them failing (no text, not JSON). */
function corpus(): string {
  const lines = Array.from({length: 40}, (_, i) =>
    JSON.stringify({id: i, text: `"The market opens at dawn," a trader told the paper on day ${i}.`})
  )
  lines[9] = JSON.stringify({id: 9})
  lines[23] = '{"id": 23, "text": '
  return lines.join('\n') + '\n'
}

/** Parse NDJSON output, leaving out the `line` of error records. */
function withoutLines(ndjson: string): unknown[] {
  return ndjson
    .trimEnd()
    .split('\n')
    .map((line) => {
      const {line: _, ...rest} = JSON.parse(line) as {line?: number}
      return rest
    })
}

/** Run `command args` with `input` on stdin, as a shell would; return stdout. */
function pipe(command: string, args: string[], input: string): string {
  return execFileSync(command, args, {input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'], timeout: 120_000})
}

describe.skipIf(!installed)('GNU parallel (skipped when GNU parallel is not installed)', () => {
  const filter = ['node', cli, '--input', 'ndjson', '--jobs', '1', '--quiet']
  const whole = (() => {
    const input = corpus()
    const result = spawnSync(process.execPath, filter.slice(1), {input, encoding: 'utf8'})
    return result.stdout
  })()
  it('one run over the whole file: 40 entries, 2 of them errors', () => {
    const entries = withoutLines(whole)
    expect({entries: entries.length, errors: entries.filter((entry) => 'error' in (entry as object)).length}).toEqual({
      entries: 40,
      errors: 2
    })
  })
  it.each([
    {name: '--pipe, 7 records per job, order kept', flags: ['--pipe', '-N', '7', '-k']},
    {
      name: '--sshlogin with the local host (:) standing in for remote ones',
      flags: ['--pipe', '-N', '7', '-k', '--sshlogin', '2/:']
    }
  ])(
    '$name gives the output of one run',
    ({flags}) => {
      // parallel exits with the number of failed jobs: blocks holding a bad record exit 1.
      let output: string
      try {
        output = pipe('parallel', [...flags, ...filter], corpus())
      } catch (error) {
        output = (error as {stdout: string}).stdout
      }
      expect(withoutLines(output)).toEqual(withoutLines(whole))
    },
    120_000
  )
})
