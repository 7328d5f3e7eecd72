/** Turn the command's FILE/DIR/- arguments into a list of inputs. */
import {accessSync, constants, fstatSync, lstatSync, readdirSync, statSync, type Stats} from 'node:fs'
import {extname, join} from 'node:path'
import type {InputKind} from './args.js'

/** One input: a file, or standard input (`path` is `null`). */
export interface InputSource {
  path: string | null
  /** Size in bytes, when known (not for a pipe). */
  size: number | undefined
  /** Why the input cannot be read; it then gives an error entry and the run goes on. */
  error?: string
}

/** The file extensions read from directories, per input kind ('' = no extension). */
const EXTENSIONS: Record<InputKind, readonly string[]> = {
  text: ['.txt', '.md', '.markdown', '.html', '.htm', '.xhtml', ''],
  ndjson: ['.ndjson', '.jsonl']
}

/**
 * Expand `paths` into inputs: files as given, directories walked recursively
 * (entries in name order, hidden ones skipped, each directory once even when
 * symbolic links lead back to it) for the extensions of `kind`, each also
 * gzipped (`.txt.gz`), and `-` or an empty list as standard input. A path
 * that does not exist, a dangling symbolic link, a link loop or an
 * unreadable file gives an input with `error`, in its place.
 */
export function expandInputs(paths: readonly string[], kind: InputKind): InputSource[] {
  if (paths.length === 0) return [stdinSource()]
  const sources: InputSource[] = []
  const seen = new Set<string>()
  for (const path of paths) {
    if (path === '-') {
      sources.push(stdinSource())
      continue
    }
    const stats = statOrError(path, sources)
    if (stats === undefined) continue
    if (stats.isDirectory()) walk(path, stats, EXTENSIONS[kind], sources, seen)
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

/** `stat` a path; on failure add an input with the reason and return `undefined`. */
function statOrError(path: string, sources: InputSource[]): Stats | undefined {
  try {
    return statSync(path)
  } catch (error) {
    sources.push({path, size: undefined, error: `cannot read: ${reason(error, path)}`})
    return undefined
  }
}

/** Check that a file can be read, and describe it. */
function readableFile(path: string, size: number): InputSource {
  try {
    accessSync(path, constants.R_OK)
    return {path, size}
  } catch (error) {
    return {path, size, error: `cannot read: ${reason(error, path)}`}
  }
}

/** Add the files below `directory` with one of `extensions` to `sources`. */
function walk(
  directory: string,
  stats: Stats,
  extensions: readonly string[],
  sources: InputSource[],
  seen: Set<string>
): void {
  const key = `${stats.dev}:${stats.ino}`
  if (seen.has(key)) return
  seen.add(key)
  let names: string[]
  try {
    names = readdirSync(directory).sort()
  } catch (error) {
    sources.push({path: directory, size: undefined, error: `cannot read: ${reason(error, directory)}`})
    return
  }
  for (const name of names) {
    if (name.startsWith('.')) continue
    const path = join(directory, name)
    const wanted = extensions.includes(extname(name.replace(/\.gz$/i, '')).toLowerCase())
    let entry: Stats
    try {
      entry = statSync(path)
    } catch (error) {
      // A broken link with a wanted name is reported; other broken entries are not inputs.
      if (wanted) sources.push({path, size: undefined, error: `cannot read: ${reason(error, path)}`})
      continue
    }
    if (entry.isDirectory()) walk(path, entry, extensions, sources, seen)
    else if (entry.isFile() && wanted) sources.push(readableFile(path, entry.size))
  }
}

/** The short reason of a file-system error (`ENOENT: no such file …` → `no such file or directory`). */
export function reason(error: unknown, path?: string): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT')
    return path !== undefined && isLink(path) ? 'dangling symbolic link' : 'no such file or directory'
  if (code === 'ELOOP') return 'symbolic link loop'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'is a directory'
  return error instanceof Error ? error.message : String(error)
}

/** Whether `path` itself is a symbolic link. */
function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}
