/**
 * `extractAttributions`: parse, run the stages, build the result.
 */
import type {Root} from 'nlcst'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {getLexicon, type Lexicon} from './lexicon/index.js'
import {validateOptions} from './options.js'
import {commentThreadStart} from './stages/boilerplate.js'
import {linkAcrossParagraphs} from './stages/chains.js'
import {findInSentence, type RawAttribution} from './stages/cues.js'
import {splitParagraphs} from './stages/paragraphs.js'
import {findQuotes} from './stages/quotes.js'
import {buildResult} from './stages/result.js'
import {mayHoldAttribution} from './stages/prefilter.js'
import {flattenTree, PUNCT, WORD, type Paragraph} from './stages/tokens.js'
import {viewSentence} from './stages/view.js'
import type {ExtractResult, Options} from './types.js'

let processor: ReturnType<typeof makeProcessor> | undefined

function makeProcessor() {
  return unified().use(retextEnglish).freeze()
}

/**
 * Find every attribution in `text`: who said what, through which channel.
 *
 * @param text English news text (any string; scraped pages are fine).
 * @param options Extra verbs and outlets, and which categories to report.
 * @returns The attributions in document order and the sources they point to.
 * @throws {TypeError} When `text` is not a string or `options` is malformed.
 */
export function extractAttributions(text: string, options?: Options): ExtractResult {
  if (typeof text !== 'string') {
    throw new TypeError(`whosaid: expected \`text\` to be a string, got ${describe(text)}`)
  }
  validateOptions(options)
  const lexicon = getLexicon(options)
  processor ??= makeProcessor()
  const paragraphs: Paragraph[] = []
  const chunks = splitParagraphs(text)
  const commentsAt = commentThreadStart(text, chunks)
  for (const chunk of chunks) {
    if (chunk.start >= commentsAt || !mayHoldAttribution(text, chunk.start, chunk.end, lexicon)) {
      // Nothing here can start a rule: keep the paragraph's place, skip the parse.
      paragraphs.push({index: paragraphs.length, start: chunk.start, end: chunk.end, tokens: [], sentences: []})
      continue
    }
    const tree = processor.parse(text.slice(chunk.start, chunk.end)) as Root
    flattenTree(tree, text, chunk.start, paragraphs)
  }
  return analyse(text, paragraphs, lexicon)
}

/**
 * Run the stages on a tree that retext-english already parsed from `text`
 * (the retext plugin's path). Offsets in the tree are offsets in `text`.
 */
export function analyseTree(tree: Root, text: string, options?: Options): ExtractResult {
  validateOptions(options)
  const paragraphs: Paragraph[] = []
  flattenTree(tree, text, 0, paragraphs)
  // The reader-comment part of a page is left out, as in `extractAttributions`.
  const commentsAt = commentThreadStart(text, paragraphs)
  for (const paragraph of paragraphs) {
    if (paragraph.start >= commentsAt) paragraph.sentences = []
  }
  return analyse(text, paragraphs, getLexicon(options))
}

function analyse(text: string, paragraphs: Paragraph[], lexicon: Lexicon): ExtractResult {
  const quotes = findQuotes(paragraphs)
  const raws: RawAttribution[] = []
  for (const paragraph of paragraphs) {
    const paragraphQuotes = quotes[paragraph.index]
    for (let s = 0; s < paragraph.sentences.length; s++) {
      if (hasTrigger(paragraph, s, lexicon)) findInSentence(viewSentence(paragraph, s, paragraphQuotes, lexicon), raws)
    }
  }
  linkAcrossParagraphs(paragraphs, quotes, raws)
  return buildResult(text, paragraphs, raws, lexicon)
}

/** Whether a sentence holds a word or mark that can start a rule. */
function hasTrigger(paragraph: Paragraph, index: number, lexicon: Lexicon): boolean {
  const sentence = paragraph.sentences[index]
  const tokens = paragraph.tokens
  for (let i = sentence.first; i < sentence.last; i++) {
    const token = tokens[i]
    if (token.kind === WORD) {
      if (lexicon.triggers.has(token.lower)) return true
    } else if (token.kind === PUNCT) {
      const c = token.text
      if (c === ':' || c === '—' || c === '–' || c === '―' || c === '--') return true
    }
  }
  return false
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value
}
