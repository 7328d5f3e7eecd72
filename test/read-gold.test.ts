import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {ggtDocumentProblem} from '../src/evaluate/ggt-validate.js'
import {readGoldFile} from '../src/evaluate/read-gold.js'
import {goldDocumentProblem} from '../src/evaluate/validate.js'

const folder = mkdtempSync(join(tmpdir(), 'whosaid-read-gold-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** Write `text` to a new file in the temporary folder and return its path. */
function file(name: string, text: string): string {
  const path = join(folder, name)
  writeFileSync(path, text)
  return path
}

const one = {id: 'a', text: 'Kim said yes.', attributions: [{cue: [[4, 8]], source: [[0, 3]], content: [[9, 12]]}]}
const two = {id: 'b', text: 'No quotes here.', attributions: []}

describe('readGoldFile', () => {
  const cases: Array<{name: string; text: string; expected: unknown[]}> = [
    {name: 'LF lines', text: `${JSON.stringify(one)}\n${JSON.stringify(two)}\n`, expected: [one, two]},
    {
      name: 'CRLF lines and blank lines',
      text: `\r\n${JSON.stringify(one)}\r\n\r\n${JSON.stringify(two)}`,
      expected: [one, two]
    },
    {name: 'a byte order mark', text: `\ufeff${JSON.stringify(two)}\n`, expected: [two]},
    {name: 'an empty file', text: '', expected: []}
  ]
  it.each(cases)('reads $name', async ({name, text, expected}) => {
    await expect(readGoldFile(file(`${name}.jsonl`, text), goldDocumentProblem)).resolves.toEqual(expected)
  })

  it('names the line of invalid JSON', async () => {
    const path = file('bad.jsonl', `${JSON.stringify(one)}\n\n{"id":\n`)
    await expect(readGoldFile(path, goldDocumentProblem)).rejects.toThrow(/^.*bad\.jsonl:3: invalid JSON \(/)
  })

  it('checks each line with the check it is given', async () => {
    const path = file('not-ggt.jsonl', `${JSON.stringify(one)}\n`)
    await expect(readGoldFile(path, ggtDocumentProblem)).rejects.toThrow(
      `${path}:1: \`attributions[0].reference\` is not a string`
    )
  })

  it('rejects when the file cannot be read', async () => {
    await expect(readGoldFile(join(folder, 'missing.jsonl'), goldDocumentProblem)).rejects.toThrow(/ENOENT/)
  })
})
