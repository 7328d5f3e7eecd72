// List the article's sources grouped by kind, named and anonymous.
// Run: npm run build && node examples/sources.js
import {readFileSync} from 'node:fs'
import {extractAttributions} from '../dist/index.js'

const text = readFileSync(new URL('article.txt', import.meta.url), 'utf8')
const {sources} = extractAttributions(text)

const groups = new Map()
for (const source of sources) {
  const key = `${source.kind}, ${source.anonymous ? 'anonymous' : 'named'}`
  if (!groups.has(key)) groups.set(key, [])
  groups.get(key).push(source)
}
for (const [key, list] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${key}:`)
  for (const s of list) console.log(`  ${s.id} ${s.name} (${s.mentions.map((m) => m.text).join(' / ')})`)
}
