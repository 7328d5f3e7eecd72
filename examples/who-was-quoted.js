// Who was quoted in the example article: sources by claims, and the shares.
// Run: npm run build && node examples/who-was-quoted.js
import {readFileSync} from 'node:fs'
import {extractAttributions, summarizeSources} from '../dist/index.js'

const text = readFileSync(new URL('article.txt', import.meta.url), 'utf8')
const summary = summarizeSources(extractAttributions(text))
const percent = (share) => `${Math.round(share * 100)}%`

for (const source of summary.sources) {
  const anonymous = source.anonymous ? ', anonymous' : ''
  const via = source.channels.length > 0 ? ` via ${source.channels.join(', ')}` : ''
  console.log(`${source.claims} ${source.name} (${source.kind}${anonymous})${via}`)
}
console.log(
  `anonymous: ${percent(summary.anonymous.sourceShare)} of sources, ${percent(summary.anonymous.claimShare)} of claims`
)
for (const [kind, share] of Object.entries(summary.byKind)) {
  if (share.sources > 0) console.log(`${kind}: ${share.sources} sources, ${percent(share.claimShare)} of claims`)
}
