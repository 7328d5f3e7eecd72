/** Turn the command's FILE/DIR/- arguments into a list of inputs. */
import {accessSync, constants, fstatSync, readdirSync, statSync} from 'node:fs'
import {extname, join} from 'node:path'
import type {InputKind} from './args.js'
import {UsageError} from './usage-error.js'

/** One input: a file, or standard input (`path` is `null`). */
export interface InputSource {
  path: string | null
  /** Size in bytes, when known (not for a pipe). */
  size: number | undefined
}

/** The file extensions read from directories, per input kind ('' = no extension). */
const EXTENSIONS: Record<InputKind, readonly string[]> = {
  text: ['.txt', '.md', '.markdown', '.html', '.htm', '.xhtml', ''],
  ndjson: ['.ndjson', '.jsonl']
}

/**
 * Expand `paths` into inputs: files as given, directories walked recursively
 * (entries in name order, hidden ones skipped) for the extensions of `kind`,
 * and `-` or an empty list as standard input. Throws a UsageError for a path
 * that does not exist or cannot be read.
 */
export function expandInputs(paths: readonly string[], kind: InputKind): InputSource[] {
  if (paths.length === 0) return [stdinSource()]
  const sources: InputSource[] = []
  for (const path of paths) {
    if (path === '-') {
      sources.push(stdinSource())
      continue
    }
    const stats = statOrThrow(path)
    if (stats.isDirectory()) walk(path, EXTENSIONS[kind], sources)
    else sources.push(readableFile(path, stats.size))
  }
  return sources
}

/** Standard input, with its size when it is a redirected file. */
function stdinSource(): InputSource {
  try {
    const stats = fstatSync(0)
    return {path: null, size: stats.isFile() ? stats.size : undefined}
  } catch {
    return {path: null, size: undefined}
  }
}

/** `stat` a path, turning failure into a UsageError. */
function statOrThrow(path: string) {
  try {
    return statSync(path)
  } catch (error) {
    throw new UsageError(`cannot read '${path}': ${reason(error)}`)
  }
}

/** Check that a file can be read, and describe it. */
function readableFile(path: string, size: number): InputSource {
  try {
    accessSync(path, constants.R_OK)
  } catch (error) {
    throw new UsageError(`cannot read '${path}': ${reason(error)}`)
  }
  return {path, size}
}

/** Add the files below `directory` with one of `extensions` to `sources`. */
function walk(directory: string, extensions: readonly string[], sources: InputSource[]): void {
  let names: string[]
  try {
    names = readdirSync(directory).sort()
  } catch (error) {
    throw new UsageError(`cannot read '${directory}': ${reason(error)}`)
  }
  for (const name of names) {
    if (name.startsWith('.')) continue
    const path = join(directory, name)
    const stats = statOrThrow(path)
    if (stats.isDirectory()) walk(path, extensions, sources)
    else if (stats.isFile() && extensions.includes(extname(name).toLowerCase())) sources.push(readableFile(path, stats.size))
  }
}

/** The short reason of a file-system error (`ENOENT: no such file …` → `no such file or directory`). */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file or directory'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return error instanceof Error ? error.message : String(error)
}
