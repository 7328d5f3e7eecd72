/** Find the built worker entry (`dist/corpus-worker.js`) at run time. */
import {existsSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'

/** The worker entry's file name in `dist/`; an ES module, so CommonJS callers can start it too. */
const WORKER_FILE = 'corpus-worker.js'

/**
 * The URL of the module that is running this code: `dist/corpus.js`,
 * `dist/corpus.cjs`, `dist/cli.js`, a source file under `src/` in tests, or
 * whatever file a bundler put this code in. `undefined` when neither
 * `import.meta.url` nor `__filename` says.
 */
function currentModuleUrl(): URL | undefined {
  const url: unknown = import.meta.url
  if (typeof url === 'string' && url !== '') return new URL(url)
  if (typeof __filename === 'string') return pathToFileURL(__filename)
  return undefined
}

/** The worker entry of the installed `whosaid` package as seen from `base`, if any. */
function fromPackage(base: URL | string): URL | undefined {
  try {
    const manifest = createRequire(base).resolve('whosaid/package.json')
    const url = pathToFileURL(join(manifest, '..', 'dist', WORKER_FILE))
    return existsSync(url) ? url : undefined
  } catch {
    return undefined
  }
}

/**
 * Return the URL of the worker entry, looked for in this order: next to the
 * running module (the published `dist/`), in `dist/` when running from the
 * TypeScript sources, then in the `whosaid` package installed where the
 * running module or the working directory can resolve it (after a bundler
 * moved this code into a file of its own). `undefined` when none exists.
 */
export function findWorkerEntry(): URL | undefined {
  const here = currentModuleUrl()
  if (here !== undefined) {
    const fromSources = here.pathname.endsWith('.ts')
    const url = new URL(fromSources ? `../../dist/${WORKER_FILE}` : `./${WORKER_FILE}`, here)
    if (existsSync(url)) return url
    const installed = fromPackage(here)
    if (installed !== undefined) return installed
  }
  return fromPackage(pathToFileURL(join(process.cwd(), 'package.json')))
}
