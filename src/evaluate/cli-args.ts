/**
 * Command-line arguments of `whosaid-eval`.
 */

/** The parsed command line. */
export interface CliArguments {
  /** Gold JSONL path as given. Default `../shared/eval/polnear/dev.jsonl`. */
  gold: string
  /** Where to write the JSON summary, if anywhere. */
  json: string | null
  /** The baseline to compare with, if any. */
  baseline: string | null
  /** Where to write the current figures as a baseline, if anywhere. */
  writeBaseline: string | null
  /** How far below the baseline an F1 may fall. Default `0.01`. */
  tolerance: number
  /** How many cue groups of misses and of false alarms to show. Default `10`. */
  misses: number
  /** Score only the first N documents; `null` for all. */
  limit: number | null
  /** Whether `--help` was asked for. */
  help: boolean
}

/** A command line that cannot be understood. */
export class UsageError extends Error {
  /** Make a usage error with the given message. */
  constructor(message: string) {
    super(message)
    this.name = 'UsageError'
  }
}

/** The usage text. */
export const USAGE = `Usage: whosaid-eval [gold.jsonl] [options]

Score whosaid against gold attribution annotations (JSON Lines, UTF-16 offsets).
The gold file defaults to ../shared/eval/polnear/dev.jsonl (from the current folder).

Options:
  --json FILE            write every figure as JSON to FILE
  --baseline FILE        exit 1 when an F1 is more than the tolerance below FILE's
  --write-baseline FILE  write the current F1 figures to FILE as a baseline
  --tolerance X          allowed drop below the baseline (default 0.01)
  --misses N             cue groups of misses and of false alarms to show (default 10)
  --limit N              score only the first N documents
  -h, --help             show this text

Exit status: 0 fine, 1 below the baseline, 2 usage or input error, 3 unexpected failure.`

/** Parse a non-negative integer option value. */
function integer(name: string, value: string): number {
  const number = Number(value)
  if (value.trim() === '' || !Number.isInteger(number) || number < 0) {
    throw new UsageError(`${name} expects a non-negative integer, got "${value}"`)
  }
  return number
}

/**
 * Parse the arguments after the script name. Options take their value as the
 * next argument or after `=`. Throws a `UsageError` for an unknown option, a
 * missing or bad value, or more than one gold file.
 */
export function parseCliArguments(argv: ReadonlyArray<string>): CliArguments {
  const result: CliArguments = {
    gold: '../shared/eval/polnear/dev.jsonl',
    json: null,
    baseline: null,
    writeBaseline: null,
    tolerance: 0.01,
    misses: 10,
    limit: null,
    help: false
  }
  let goldGiven = false
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]
    if (argument === '-h' || argument === '--help') {
      result.help = true
      continue
    }
    if (!argument.startsWith('-') || argument === '-') {
      if (goldGiven) throw new UsageError(`only one gold file may be given, got "${result.gold}" and "${argument}"`)
      result.gold = argument
      goldGiven = true
      continue
    }
    const equals = argument.indexOf('=')
    const name = equals === -1 ? argument : argument.slice(0, equals)
    const known = ['--json', '--baseline', '--write-baseline', '--tolerance', '--misses', '--limit']
    if (!known.includes(name)) throw new UsageError(`unknown option ${name}`)
    let value: string
    if (equals !== -1) value = argument.slice(equals + 1)
    else {
      if (i + 1 >= argv.length) throw new UsageError(`${name} needs a value`)
      value = argv[++i]
    }
    if (name === '--json') result.json = value
    else if (name === '--baseline') result.baseline = value
    else if (name === '--write-baseline') result.writeBaseline = value
    else if (name === '--misses') result.misses = integer(name, value)
    else if (name === '--limit') result.limit = integer(name, value)
    else {
      const number = Number(value)
      if (value.trim() === '' || !Number.isFinite(number) || number < 0) {
        throw new UsageError(`--tolerance expects a non-negative number, got "${value}"`)
      }
      result.tolerance = number
    }
    if (value === '') throw new UsageError(`${name} needs a value`)
  }
  return result
}
