/**
 * The benchmark corpus: the article texts of the PolNeAR training file,
 * read at run time from the shared folder beside the repository.
 *
 * Nothing from the corpus is copied into the project; it is only read.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** Absolute path of the repository root (the folder above `bench/`). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Where the corpus lives, relative to the repository root. */
export const corpusRelative = '../shared/eval/polnear/train.jsonl'

/** The smallest corpus, in UTF-8 bytes, that makes the figures worth reading. */
const minimumBytes = 2e6

/**
 * Count the UTF-8 bytes of a string.
 *
 * @param {string} text Any string.
 * @returns {number} Its length once encoded as UTF-8.
 */
export function utf8Bytes(text) {
  return Buffer.byteLength(text, 'utf8')
}

/**
 * Read the article texts of the corpus, one string per article. The path is
 * `../shared/eval/polnear/train.jsonl` from the repository root, or the file
 * named by the environment variable `WHOSAID_BENCH_CORPUS` (a JSONL file with
 * a `text` field per line).
 *
 * Stops the process with a clear message when the file is missing or holds
 * less than 2 MB of text, since figures on a small corpus mislead.
 *
 * @returns {{path: string, texts: string[], bytes: number, chars: number}}
 *   The resolved path, the texts in file order and their total size.
 */
export function loadCorpus() {
  const file = path.resolve(repoRoot, process.env.WHOSAID_BENCH_CORPUS || corpusRelative)
  if (!fs.existsSync(file)) {
    fail(
      `corpus not found at ${file}\n` +
        `The benchmark reads the \`text\` field of ${corpusRelative} (relative to the repository root).\n` +
        'Put the shared folder beside the repository, or set WHOSAID_BENCH_CORPUS to another JSONL file, and run again.'
    )
  }
  const texts = []
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue
    const record = JSON.parse(line)
    if (typeof record.text === 'string' && record.text.length > 0) texts.push(record.text)
  }
  let bytes = 0
  let chars = 0
  for (const text of texts) {
    bytes += utf8Bytes(text)
    chars += text.length
  }
  if (bytes < minimumBytes) {
    fail(
      `corpus at ${file} holds ${(bytes / 1e6).toFixed(2)} MB of text in ${texts.length} articles; ` +
        `the benchmark needs at least ${minimumBytes / 1e6} MB.`
    )
  }
  return {path: file, texts, bytes, chars}
}

/**
 * Join articles, cycling through them, until the result reaches a size.
 *
 * @param {string[]} texts The articles.
 * @param {number} targetBytes The size to reach, in UTF-8 bytes.
 * @param {string} separator What goes between two articles.
 * @returns {string} One string of at least `targetBytes` bytes (when texts are non-empty).
 */
export function joinToSize(texts, targetBytes, separator) {
  const pieces = []
  const separatorBytes = utf8Bytes(separator)
  let bytes = 0
  for (let index = 0; bytes < targetBytes; index = (index + 1) % texts.length) {
    if (pieces.length > 0) bytes += separatorBytes
    pieces.push(texts[index])
    bytes += utf8Bytes(texts[index])
  }
  return pieces.join(separator)
}

/**
 * Replace every line break (CR, LF, CRLF, U+2028, U+2029) with one space.
 *
 * @param {string} text Any string.
 * @returns {string} The same text on one line.
 */
export function flatten(text) {
  let out = ''
  let from = 0
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code !== 10 && code !== 13 && code !== 0x2028 && code !== 0x2029) continue
    out += text.slice(from, index) + ' '
    if (code === 13 && text.charCodeAt(index + 1) === 10) index++
    from = index + 1
  }
  return out + text.slice(from)
}

/**
 * Print a message to stderr and end the process with a failure code.
 *
 * @param {string} message What went wrong and what to do.
 * @returns {never}
 */
export function fail(message) {
  process.stderr.write(`bench: ${message}\n`)
  process.exit(1)
}
