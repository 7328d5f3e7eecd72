/**
 * `extractAttributions`: parse, run the stages, build the result.
 */
import type {Root} from 'nlcst'
import {DASHES} from './lexicon/marks.js'
import {getLexicon, type Lexicon} from './lexicon/index.js'
import {cueModelOf, decide} from './model/decide.js'
import {decideCues, type CueModel} from './model/cue-decide.js'
import {validateOptions} from './options.js'
import {commentThreads} from './stages/boilerplate.js'
import {isWholeQuote, linkAcrossParagraphs, quotesSomeone} from './stages/chains.js'
import {findInSentence, type RawAttribution} from './stages/cues/index.js'
import {decodeTokens, findMarkup, readableText, restoreMarkup} from './stages/markup.js'
import {MAX_CHUNK, splitParagraphs} from './stages/paragraphs.js'
import {realignTree} from './stages/realign.js'
import {opensWithQuoteAt, QuotePairer, type ParagraphQuotes} from './stages/quotes.js'
import {followQuoteSentences} from './stages/quote-sentences.js'
import {buildResult} from './stages/result.js'
import {mayHoldAttribution} from './stages/prefilter.js'
import {flatParagraphs} from './stages/flat-parse.js'
import {flattenTree, PUNCT, WORD, type Paragraph} from './stages/tokens.js'
import {viewSentence} from './stages/view.js'
import type {ExtractResult, Options, SkippedSpan} from './types.js'

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
  return decide(text, findAttributions(text, options, cueModelOf(options)), options)
}

/**
 * The stages of `extractAttributions` on validated options, with `cues` as
 * the cue decider (none: every proposal is kept), before the rest of the
 * model runs. Training calls it to see the rules' proposals.
 */
export function findAttributions(
  text: string,
  options: Options | undefined,
  cues: CueModel | undefined
): ExtractResult {
  const lexicon = getLexicon(options)
  const analysis = new Analysis(text, lexicon, cues)
  keepShapes(lexicon)
  const chunks = splitParagraphs(text)
  const skipped = options?.keepBoilerplate === true ? [] : commentThreads(text, chunks)
  const inSkipped = skippedTest(skipped)
  const local: Paragraph[] = []
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c]
    const nextStart = c + 1 < chunks.length ? chunks[c + 1].start : -1
    if (inSkipped(chunk.start) || !mayHoldAttribution(text, chunk.start, chunk.end, lexicon)) {
      // Nothing here can start a rule: keep the paragraph's place, skip the parse.
      analysis.add(
        {index: 0, start: chunk.start, end: chunk.end, tokens: [], sentences: [], wholeQuote: false},
        nextStart
      )
      continue
    }
    // One chunk is parsed (into tokens, no tree), analysed and released before the next is parsed.
    local.length = 0
    flatParagraphs(text, chunk.start, chunk.end, lexicon.triggerSet, local)
    for (let k = 0; k < local.length; k++) analysis.add(local[k], k + 1 < local.length ? local[k + 1].start : nextStart)
  }
  return analysis.finish(skipped)
}

/**
 * Run the stages on a tree that retext-english already parsed from `text`
 * (the retext plugin's path). Offsets in the tree are offsets in `text`.
 */
export function analyseTree(tree: Root, text: string, options?: Options): ExtractResult {
  validateOptions(options)
  const paragraphs: Paragraph[] = []
  const lexicon = getLexicon(options)
  // Under remark-retext and rehype-retext, words after a reference or escape are misplaced.
  const decoded = realignTree(tree, text)
  // Long paragraphs are cut where `extractAttributions` cuts them: linear cost, same result.
  flattenTree(tree, text, 0, lexicon.triggerSet, paragraphs, MAX_CHUNK)
  if (decoded.length > 0) decodeTokens(paragraphs, decoded, lexicon.triggerSet)
  // Markdown or HTML syntax between the words is blanked out; plain text has none.
  const markup = findMarkup(text, paragraphs)
  const plain = markup.length === 0 && decoded.length === 0
  const read = plain ? text : readableText(text, markup, decoded)
  // Reader-comment threads are left out, as in `extractAttributions`.
  const skipped = options?.keepBoilerplate === true ? [] : commentThreads(read, paragraphs)
  const inSkipped = skippedTest(skipped)
  const analysis = new Analysis(read, lexicon, cueModelOf(options))
  keepShapes(lexicon)
  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]
    if (inSkipped(paragraph.start)) paragraph.sentences = []
    analysis.add(paragraph, p + 1 < paragraphs.length ? paragraphs[p + 1].start : -1)
  }
  // Scored on the text as the analysis read it (markup blanked), then given back the document's text.
  const result = decide(read, analysis.finish(skipped), options)
  if (!plain) restoreMarkup(result, text, markup)
  return result
}

/**
 * A test of whether an offset lies in one of `skipped` (in document order),
 * for offsets asked in increasing order: each call moves forward only.
 */
function skippedTest(skipped: readonly SkippedSpan[]): (offset: number) => boolean {
  let k = 0
  return (offset) => {
    while (k < skipped.length && skipped[k].end <= offset) k++
    return k < skipped.length && skipped[k].start <= offset
  }
}

/**
 * The analysis of one document, fed one paragraph at a time in document
 * order: quotes are paired and sentences searched for cues as each
 * paragraph arrives, then its tokens are released; links across paragraphs
 * and the result are built at the end.
 */
class Analysis {
  /** See `keepShapes`. */
  static keeper: Analysis | undefined
  private readonly paragraphs: Paragraph[] = []
  private readonly quotes: ParagraphQuotes[] = []
  private readonly raws: RawAttribution[] = []
  private readonly pairer = new QuotePairer()

  constructor(
    private readonly text: string,
    private readonly lexicon: Lexicon,
    private readonly cues: CueModel | undefined
  ) {}

  /** Analyse one paragraph; `nextStart` is the next paragraph's offset (-1 for none). */
  add(paragraph: Paragraph, nextStart: number): void {
    paragraph.index = this.paragraphs.length
    const quotes = this.pairer.pair(paragraph, opensWithQuoteAt(this.text, nextStart))
    const firstRaw = this.raws.length
    for (let s = 0; s < paragraph.sentences.length; s++) {
      if (hasTrigger(paragraph, s)) findInSentence(viewSentence(paragraph, s, quotes, this.lexicon), this.raws)
    }
    // Keep what later stages need from this paragraph, then release the rest.
    let sentenceSpan: RawAttribution['sentenceSpan'] = undefined
    for (let r = firstRaw; r < this.raws.length; r++) {
      const raw = this.raws[r]
      const sentence = paragraph.sentences[raw.sentence]
      // One span per sentence, shared by its attributions (a cue-dense sentence has thousands).
      if (!sentenceSpan || sentenceSpan.start !== sentence.start)
        sentenceSpan = {start: sentence.start, end: sentence.end}
      raw.sentenceSpan = sentenceSpan
      raw.quotesSomeone = quotesSomeone(raw, quotes)
    }
    // Quote sentences join their claims first: the decider weighs a content's length as training saw it.
    followQuoteSentences(paragraph, quotes, this.raws, firstRaw)
    // The cue decider keeps or drops what the rules proposed, before later stages see it.
    if (this.cues) decideCues(this.text, this.raws, firstRaw, this.cues, this.lexicon.added)
    paragraph.wholeQuote = isWholeQuote(paragraph, quotes)
    paragraph.tokens = NO_TOKENS
    paragraph.sentences = NO_SENTENCES
    quotes.inside = NO_INDEXES
    // Links across paragraphs look only at a paragraph's first and last quotes.
    if (quotes.quotes.length > 2) quotes.quotes = [quotes.quotes[0], quotes.quotes[quotes.quotes.length - 1]]
    this.paragraphs.push(paragraph)
    this.quotes.push(quotes)
  }

  /** Link across paragraphs and build the result, with the stretches left out. */
  finish(skipped: SkippedSpan[]): ExtractResult {
    linkAcrossParagraphs(this.paragraphs, this.quotes, this.raws)
    const {attributions, sources} = buildResult(this.text, this.raws, this.lexicon)
    return {attributions, sources, skipped}
  }
}

/**
 * One empty analysis kept for the life of the module. The engine keeps a
 * class instance's hidden class only while some instance has it; when none
 * is alive at a full garbage collection (between two articles, say) the class
 * is dropped, and with it the optimised code of every function that used it
 * (`add`, the quote pairer, the extraction loop), which then runs slowly again
 * until re-optimised. Measured: after a forced collection the next 100
 * articles took 40% longer; with this keeper, 5%.
 */
function keepShapes(lexicon: Lexicon): void {
  // A static field of the class, not a module variable: a bundler drops a variable nobody reads.
  Analysis.keeper ??= new Analysis('', lexicon, undefined)
}

const NO_TOKENS: Paragraph['tokens'] = []
const NO_INDEXES: ParagraphQuotes['inside'] = []
const NO_SENTENCES: Paragraph['sentences'] = []

/** Whether a sentence holds a word or mark that can start a rule (words were marked by `flattenTree`). */
function hasTrigger(paragraph: Paragraph, index: number): boolean {
  const sentence = paragraph.sentences[index]
  const tokens = paragraph.tokens
  for (let i = sentence.first; i < sentence.last; i++) {
    const token = tokens[i]
    if (token.kind === WORD) {
      if (token.trigger) return true
    } else if (token.kind === PUNCT) {
      // A colon or a dash starts a rule of its own (colon introductions, dash signatures).
      if (token.text === ':' || DASHES.has(token.text)) return true
    }
  }
  return false
}

function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value
}
