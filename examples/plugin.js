// The retext path: unified().use(retextEnglish).use(retextAttribution).
// Run: npm run build && node examples/plugin.js
import {readFileSync} from 'node:fs'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {retextAttribution} from '../dist/index.js'

const file = new VFile({path: 'article.txt', value: readFileSync(new URL('article.txt', import.meta.url), 'utf8')})
const processor = unified().use(retextEnglish).use(retextAttribution)
await processor.run(processor.parse(file), file)

for (const a of file.data.attributions) {
  console.log(`${a.cue.start}-${a.cue.end}\t${a.category}\t${a.source ? a.source.text : '-'}: ${a.cue.text}`)
}
console.log(`${file.data.attributions.length} attributions, ${file.data.sources.length} sources`)
