/** Find the built worker entry (`corpus-worker.js` / `.cjs`) at run time. */
import {existsSync} from 'node:fs'
import {extname} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

/**
 * The URL of the module that is running this code: `dist/index.js`,
 * `dist/index.cjs`, `dist/cli.js`, or a source file under `src/` in tests.
 * In the CommonJS build `import.meta.url` comes from tsup's shims.
 */
function currentModuleUrl(): URL {
  const url: unknown = import.meta.url
  if (typeof url === 'string' && url !== '') return new URL(url)
  if (typeof __filename === 'string') return pathToFileURL(__filename)
  throw new Error('whosaid: cannot tell where the running module is, so the corpus worker cannot be found; use `jobs: 1`')
}

/**
 * Return the URL of the worker entry that sits next to the running bundle,
 * with the same extension (`corpus-worker.js` for ESM, `.cjs` for CommonJS).
 * When running from the TypeScript sources (tests), the built
 * `dist/corpus-worker.js` is used, so `npx tsup` must have run.
 * Throws an Error naming the path when the file does not exist.
 */
export function workerEntryUrl(): URL {
  const here = currentModuleUrl()
  const extension = extname(here.pathname)
  const url = ['.js', '.cjs', '.mjs'].includes(extension)
    ? new URL(`./corpus-worker${extension}`, here)
    : new URL('../../dist/corpus-worker.js', here)
  if (!existsSync(url)) {
    throw new Error(`whosaid: the corpus worker file is missing at ${fileURLToPath(url)} (build with \`npx tsup\`, or use \`jobs: 1\`)`)
  }
  return url
}
