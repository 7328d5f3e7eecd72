// Print every attribution in article.txt: source → cue → content, with via and mode.
// Run: npm run build && node examples/standalone.js
import {readFileSync} from 'node:fs'
import {extractAttributions} from '../dist/index.js'

const text = readFileSync(new URL('article.txt', import.meta.url), 'utf8')
const {attributions, sources} = extractAttributions(text)
const byId = new Map(sources.map((s) => [s.id, s]))

for (const a of attributions) {
  const source = a.source ? `${a.source.text} [${byId.get(a.source.sourceId).name}]` : '(unnamed)'
  const content = a.content ? JSON.stringify(a.content.text) : '(no content)'
  console.log(`${source} → ${a.cue.text} → ${content}`)
  console.log(
    `    mode: ${a.mode}, category: ${a.category}, rule: ${a.rule}${a.via ? `, via: ${a.via.text}` : ''}, paragraph ${a.paragraph}`
  )
}
console.log(`\n${attributions.length} attributions, ${sources.length} sources`)
