/**
 * Markdown and HTML articles: read through unified (remark-parse or
 * rehype-parse, then remark-retext or rehype-retext, then the retext
 * plugin), so that tags and Markdown syntax stay out of every result and
 * offsets point into the file as written.
 */
import {extname} from 'node:path'
import {ParseEnglish} from 'parse-english'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified} from 'unified'
import {VFile} from 'vfile'
import retextAttribution from '../plugin.js'
import type {ExtractResult, Options} from '../types.js'

/** The markup languages read through unified. */
export type Markup = 'markdown' | 'html'

const BY_EXTENSION: Record<string, Markup> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html'
}

/** The markup language of a file, from its extension, or `null` for plain text (and standard input). */
export function markupOf(path: string | null): Markup | null {
  if (path === null) return null
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null
}

/**
 * Find the attributions of a Markdown or HTML document. Offsets are offsets
 * in `text`, the document as written; markup that interrupts a span is left
 * out of its `parts` and of source names.
 */
export function extractFromMarkup(text: string, markup: Markup, options: Options): ExtractResult {
  const file = new VFile(text)
  // The converters throw on a tree without a position: a document with no content ("", "</a>").
  if (markup === 'markdown') {
    const processor = unified().use(remarkParse).use(remarkRetext, ParseEnglish).use(retextAttribution, options)
    const tree = processor.parse(file)
    if (tree.position) processor.runSync(tree, file)
  } else {
    const processor = unified().use(rehypeParse).use(rehypeRetext, ParseEnglish).use(retextAttribution, options)
    const tree = processor.parse(file)
    if (tree.position) processor.runSync(tree, file)
  }
  return {
    attributions: file.data.attributions ?? [],
    sources: file.data.sources ?? [],
    skipped: file.data.skipped ?? []
  }
}
