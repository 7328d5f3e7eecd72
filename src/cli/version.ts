/** Read the package version at run time, from the built file or the sources. */
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

/**
 * Return the `version` of the whosaid package.json, found by walking up from
 * the directory of the running module (so it works from `dist/` and `src/`).
 * Returns `'unknown'` when no such package.json is found.
 */
export function readVersion(): string {
  let directory = dirname(fileURLToPath(import.meta.url))
  while (true) {
    const candidate = join(directory, 'package.json')
    if (existsSync(candidate)) {
      const manifest = JSON.parse(readFileSync(candidate, 'utf8')) as {name?: string; version?: string}
      if (manifest.name === 'whosaid' && typeof manifest.version === 'string') return manifest.version
    }
    const parent = dirname(directory)
    if (parent === directory) return 'unknown'
    directory = parent
  }
}
