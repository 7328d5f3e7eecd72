// Write the annotated HTML page of article.txt to standard output.
// Run: npm run build && node examples/html.js > article.html
import {readFileSync} from 'node:fs'
import {extractAttributions} from '../dist/index.js'
import {toHtml} from '../dist/html.js'

const text = readFileSync(new URL('article.txt', import.meta.url), 'utf8')
process.stdout.write(toHtml(text, extractAttributions(text), {title: 'examples/article.txt'}))
