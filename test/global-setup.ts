/**
 * Build `dist/` from the current source once before any test runs.
 *
 * The CLI tests run `dist/cli.js`, and the corpus API's workers load
 * `dist/corpus-worker.js`; a build left over from older source would let
 * those tests pass against code that no longer exists.
 */
import {execFileSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'

/** Run tsup in the project folder; a failed build fails the whole run. */
export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url))
  execFileSync('npx', ['--no-install', 'tsup'], {cwd: root, stdio: ['ignore', 'ignore', 'inherit']})
}
