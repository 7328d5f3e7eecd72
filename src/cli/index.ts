#!/usr/bin/env node
/** The executable entry of `whosaid`; see `main.ts`. */
import {main} from './main.js'

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status
  },
  (error: unknown) => {
    process.stderr.write(
      `whosaid: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`
    )
    process.exitCode = 1
  }
)
