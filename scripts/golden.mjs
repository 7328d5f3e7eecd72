/**
 * Golden-output check: run the previous build and the current one on the
 * same texts and report every document whose result differs.
 *
 *   node scripts/golden.mjs [--base REF] [--ignore key,key] [--show N] [--only NAME]
 *
 * - `--base REF` (default `main`): the git revision to compare with. It is
 *   checked out into `.tmp/golden/<commit>` (with this tree's node_modules
 *   linked in) and built there once; later runs reuse that build.
 * - `--ignore`: result keys to leave out on both sides before comparing, at
 *   any depth (for a change that adds a field on purpose: `--ignore skipped`).
 * - `--show N` (default 3): how many differing documents to print per corpus.
 * - `--only NAME`: compare one corpus (train, dev, ggt, seeds, generated).
 *
 * The texts: PolNeAR train and dev, the GGT dev set and the seed articles
 * (read by path from ../shared; a missing file is an error, not a skip), and
 * generated news text from scripts/news-generator.mjs. Both builds run in
 * this process; each result is compared as JSON. Exits 1 when anything
 * differs, 2 on a usage or setup error.
 */
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {newsText, prng, randomChoices} from './news-generator.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const shared = resolve(root, '..', 'shared')

const {values} = parseArgs({
  options: {
    base: {type: 'string', default: 'main'},
    ignore: {type: 'string', default: ''},
    show: {type: 'string', default: '3'},
    only: {type: 'string'}
  }
})
const ignore = new Set(values.ignore.split(',').filter(Boolean))
const show = Number(values.show)

/** Build the current tree, and the base revision in its own folder. */
function builds() {
  const git = (...args) => execFileSync('git', args, {cwd: root, encoding: 'utf8'}).trim()
  const commit = git('rev-parse', '--verify', `${values.base}^{commit}`)
  const folder = join(root, '.tmp', 'golden', commit)
  if (!existsSync(join(folder, 'dist', 'index.js'))) {
    mkdirSync(join(root, '.tmp', 'golden'), {recursive: true})
    if (!existsSync(folder)) git('worktree', 'add', '--detach', folder, commit)
    if (!existsSync(join(folder, 'node_modules'))) symlinkSync(join(root, 'node_modules'), join(folder, 'node_modules'))
    execFileSync('npx', ['--no-install', 'tsup'], {cwd: folder, stdio: 'ignore'})
  }
  execFileSync('npx', ['--no-install', 'tsup'], {cwd: root, stdio: 'ignore'})
  return {commit, before: join(folder, 'dist', 'index.js'), after: join(root, 'dist', 'index.js')}
}

/** Read the `text` of every line of a JSONL file. */
function jsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const record = JSON.parse(line)
      return {id: record.id, text: record.text}
    })
}

/** The corpora, each a name and a function returning its documents. */
const CORPORA = [
  ['train', () => jsonl(join(shared, 'eval', 'polnear', 'train.jsonl'))],
  ['dev', () => jsonl(join(shared, 'eval', 'polnear', 'dev.jsonl'))],
  ['ggt', () => jsonl(join(shared, 'eval', 'ggt', 'dev.jsonl'))],
  [
    'seeds',
    () => {
      const folder = join(shared, 'seeds')
      return readdirSync(folder)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => ({id: name, text: readFileSync(join(folder, name), 'utf8')}))
    }
  ],
  [
    'generated',
    () => {
      const random = prng(20261201)
      return Array.from({length: 2000}, (_, i) => ({id: `news-${i}`, text: newsText(randomChoices(random, 400))}))
    }
  ]
]

/** JSON of `value` with the ignored keys left out at any depth. */
function canonical(value) {
  return JSON.stringify(value, (key, item) => (ignore.has(key) ? undefined : item))
}

/** The first attribution (or sources entry) that differs, for the report. */
function firstDifference(a, b) {
  for (const key of ['attributions', 'sources']) {
    const left = a[key] ?? []
    const right = b[key] ?? []
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
      const x = canonical(left[i])
      const y = canonical(right[i])
      if (x !== y) return `${key}[${i}]\n    before: ${x?.slice(0, 400)}\n    after:  ${y?.slice(0, 400)}`
    }
  }
  return 'top-level fields differ'
}

let setup
try {
  setup = builds()
} catch (error) {
  console.error(`golden: could not build: ${error.message}`)
  process.exit(2)
}
const before = await import(pathToFileURL(setup.before).href)
const after = await import(pathToFileURL(setup.after).href)
console.log(`golden: ${values.base} (${setup.commit.slice(0, 10)}) against the working tree`)

let failed = 0
for (const [name, load] of CORPORA) {
  if (values.only && values.only !== name) continue
  let documents
  try {
    documents = load()
  } catch (error) {
    console.error(`golden: cannot read the ${name} corpus: ${error.message}`)
    process.exit(2)
  }
  let differ = 0
  for (const {id, text} of documents) {
    const a = before.extractAttributions(text)
    const b = after.extractAttributions(text)
    if (canonical(a) === canonical(b)) continue
    differ++
    if (differ <= show) console.log(`  ${name} ${id}: ${firstDifference(a, b)}`)
  }
  failed += differ
  console.log(`${name}: ${documents.length} documents, ${differ} differ`)
}
process.exit(failed === 0 ? 0 : 1)
