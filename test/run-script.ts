/**
 * Run a built script of the package in a child process, for the suites that
 * test the commands end to end (`dist/cli.js`, `dist/eval-cli.js`).
 */
import {spawn} from 'node:child_process'

/** What a finished run gave back. */
export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Run `node script ...args` in `cwd`, feeding `stdin`, and collect its output. */
export function runScript(script: string, args: readonly string[], cwd: string, stdin = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {cwd})
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
    child.stdin.end(stdin)
  })
}
