/** Parse the command-line arguments of `whosaid` into settings. */
import {parseArgs} from 'node:util'
import {checkJobs} from '../corpus/jobs.js'
import type {CueCategory, Options} from '../types.js'
import {ATTRIBUTION_FIELDS, type AttributionField} from './compact.js'
import {UsageError} from './usage-error.js'

/** The output formats. */
export type OutputFormat = 'text' | 'json' | 'ndjson' | 'csv' | 'html'
/** The input kinds: whole articles, or NDJSON records. */
export type InputKind = 'text' | 'ndjson'

/** What the command was asked to do. */
export interface CliSettings {
  /** `help`, `version`, or `run`. */
  action: 'help' | 'version' | 'run'
  /** Files and directories; `-` or none means standard input. */
  paths: string[]
  /** Default `text` for article input, `ndjson` for NDJSON input. */
  format: OutputFormat
  /** Default `text`. */
  input: InputKind
  /** Default: one less than `os.availableParallelism()`, at least 1. */
  jobs: number
  /** No progress line and no summary. Default `false`. */
  quiet: boolean
  /** Write the who-was-quoted summary (`--sources`) instead of the attributions. Default `false`. */
  sources: boolean
  /** Extraction options. */
  options: Options
  /** Compact JSON output with these attribution fields, or `null` for the full output. */
  compact: AttributionField[] | null
}

const CATEGORIES: readonly CueCategory[] = [
  'speech',
  'writing',
  'report',
  'statement',
  'belief',
  'stance',
  'intention',
  'evidence',
  'refusal'
]

/**
 * Parse `argv` (without the node and script paths). Throws a `UsageError`
 * saying what is wrong for an unknown flag, a missing value or a bad value.
 */
export function parseCliArgs(argv: readonly string[]): CliSettings {
  let parsed
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f'},
        input: {type: 'string', short: 'i'},
        jobs: {type: 'string', short: 'j'},
        quiet: {type: 'boolean', short: 'q'},
        sources: {type: 'boolean'},
        categories: {type: 'string'},
        'no-refusals': {type: 'boolean'},
        'keep-boilerplate': {type: 'boolean'},
        compact: {type: 'boolean'},
        fields: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    // Keep the first sentence: "Unknown option '--x'", "Option '-f, --format <value>' argument missing".
    throw new UsageError(message.split(/\.\s/)[0].split('\n')[0])
  }
  const {values, positionals} = parsed
  const action = values.help ? 'help' : values.version ? 'version' : 'run'
  const input = oneOf(values.input ?? 'text', ['text', 'ndjson'] as const, '--input')
  const format = oneOf(
    values.format ?? (input === 'ndjson' && !values.sources ? 'ndjson' : 'text'),
    ['text', 'json', 'ndjson', 'csv', 'html'] as const,
    '--format'
  )
  if (values.sources && !['text', 'json', 'csv'].includes(format))
    throw new UsageError(`--sources writes text, json or csv; got --format ${format}`)
  const options: Options = {}
  if (values.categories !== undefined) options.categories = parseCategories(values.categories)
  if (values['no-refusals']) options.includeRefusals = false
  if (values['keep-boilerplate']) options.keepBoilerplate = true
  const compact = parseCompact(values.compact === true, values.fields, format)
  return {
    action,
    paths: positionals,
    format,
    input,
    jobs: parseJobs(values.jobs),
    quiet: values.quiet ?? false,
    sources: values.sources ?? false,
    options,
    compact
  }
}

/** Check that `value` is one of `allowed`, or throw a UsageError naming `flag`. */
function oneOf<T extends string>(value: string, allowed: readonly T[], flag: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got '${value}'`)
}

/** Parse the value of `--jobs`: a positive whole number. */
function parseJobs(value: string | undefined): number {
  if (value === undefined) return checkJobs(undefined, 'whosaid')
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(`--jobs must be a positive whole number; got '${value}'`)
  }
  return Number(value)
}

/** Parse the comma-separated value of `--categories`. */
function parseCategories(value: string): CueCategory[] {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
  if (names.length === 0) throw new UsageError('--categories needs at least one category')
  for (const name of names) oneOf(name, CATEGORIES, '--categories')
  return names as CueCategory[]
}

/** The compact output settings: `--fields` (comma-separated) implies `--compact`. */
function parseCompact(compact: boolean, fields: string | undefined, format: string): AttributionField[] | null {
  if (!compact && fields === undefined) return null
  if (format !== 'json' && format !== 'ndjson')
    throw new UsageError('--compact and --fields apply to --format json and ndjson')
  if (fields === undefined) return [...ATTRIBUTION_FIELDS]
  const names = fields
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
  if (names.length === 0) throw new UsageError('--fields needs at least one field')
  for (const name of names) oneOf(name, ATTRIBUTION_FIELDS, '--fields')
  return names as AttributionField[]
}
