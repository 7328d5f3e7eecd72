/**
 * Command-line arguments of `whosaid-eval`.
 */
import {parseArgs} from 'node:util'

/** The parsed command line. */
export interface CliArguments {
  /** Gold JSONL path as given; required unless `--help` is asked for (then `''`). */
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
  /** Whether to add the Gender Gap Tracker measures (speech categories only). */
  ggt: boolean
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
export const USAGE = `Usage: whosaid-eval <gold.jsonl> [options]

Score whosaid against gold attribution annotations (JSON Lines, UTF-16 offsets).

Options:
  --ggt                  score the speech categories only and add the Gender Gap
                         Tracker measures (the gold needs \`reference\` and \`quoted\`)
  --json FILE            write every figure as JSON to FILE
  --baseline FILE        exit 1 when a figure is more than the tolerance below FILE's
  --write-baseline FILE  write the current figures (F1s; with --ggt the GGT ones
                         too) to FILE as a baseline
  --tolerance X          allowed drop below the baseline (default 0.01)
  --misses N             cue groups of misses and of false alarms to show (default 10)
  --limit N              score only the first N documents
  -h, --help             show this text

Exit status: 0 fine, 1 below the baseline, 2 usage or input error, 3 unexpected failure.`

/** The options `parseArgs` knows; every value option takes a string. */
const OPTIONS = {
  json: {type: 'string'},
  baseline: {type: 'string'},
  'write-baseline': {type: 'string'},
  tolerance: {type: 'string'},
  misses: {type: 'string'},
  limit: {type: 'string'},
  ggt: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'}
} as const

/** Parse a non-negative integer option value. */
function integer(name: string, value: string): number {
  const number = Number(value)
  if (value.trim() === '' || !Number.isInteger(number) || number < 0) {
    throw new UsageError(`--${name} expects a non-negative integer, got "${value}"`)
  }
  return number
}

/** Parse a non-negative number option value. */
function nonNegative(name: string, value: string): number {
  const number = Number(value)
  if (value.trim() === '' || !Number.isFinite(number) || number < 0) {
    throw new UsageError(`--${name} expects a non-negative number, got "${value}"`)
  }
  return number
}

/** Return a file option's value, `null` when absent; an empty value is a usage error. */
function file(name: string, value: string | undefined): string | null {
  if (value === '') throw new UsageError(`--${name} needs a value`)
  return value ?? null
}

/**
 * Parse the arguments after the script name with `node:util` `parseArgs`.
 * Options take their value as the next argument or after `=`. Throws a
 * `UsageError` for an unknown option, a missing or bad value, no gold file
 * or more than one (unless `--help` is asked for).
 */
export function parseCliArguments(argv: ReadonlyArray<string>): CliArguments {
  let parsed
  try {
    parsed = parseArgs({args: [...argv], options: OPTIONS, allowPositionals: true, strict: true})
  } catch (error) {
    // Keep the first sentence: "Unknown option '--x'", "Option '--json <value>' argument missing".
    throw new UsageError(
      String((error as Error).message)
        .split(/\.\s/)[0]
        .split('\n')[0]
    )
  }
  const {values, positionals} = parsed
  const help = values.help ?? false
  if (positionals.length > 1) {
    throw new UsageError(`only one gold file may be given, got ${positionals.map((p) => `"${p}"`).join(' and ')}`)
  }
  if (positionals.length === 0 && !help) throw new UsageError('a gold file is required')
  return {
    gold: positionals[0] ?? '',
    json: file('json', values.json),
    baseline: file('baseline', values.baseline),
    writeBaseline: file('write-baseline', values['write-baseline']),
    tolerance: values.tolerance === undefined ? 0.01 : nonNegative('tolerance', values.tolerance),
    misses: values.misses === undefined ? 10 : integer('misses', values.misses),
    limit: values.limit === undefined ? null : integer('limit', values.limit),
    ggt: values.ggt ?? false,
    help
  }
}
