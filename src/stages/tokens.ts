/**
 * Stage 2: parse each chunk with retext-english and flatten it into tokens
 * with offsets into the whole input, repairing the sentence breaks that
 * retext-english gets wrong in news text ("Lt. Cmdr. Maria Lopez",
 * "on Sept. 27. He said"). `extractAttributions` makes the same tokens
 * without building the tree (`flat-parse.ts`); the retext plugin's tree is
 * flattened here.
 */
import type {Paragraph as NlcstParagraph, Root, Sentence as NlcstSentence} from 'nlcst'
import {TITLE_ABBREVIATIONS} from '../lexicon/names.js'
import type {WordSet} from '../lexicon/word-set.js'
import {cutParagraph} from './cut-paragraph.js'

/** Word, or punctuation (and symbols). */
export const WORD = 0
export const PUNCT = 1

/**
 * One token of the input. Whitespace gets no token of its own: the tokens
 * next to it carry flags instead. retext-english moves whitespace at the
 * edges of a sentence out of the sentence, so every sentence begins and ends
 * with a token, and whitespace only ever lies between two tokens of one
 * sentence (never two whitespace runs in a row).
 */
export interface Token {
  /** The token as written. */
  text: string
  /** Lower case, curly apostrophes made straight (words only; other tokens keep their text). */
  lower: string
  start: number
  end: number
  kind: 0 | 1
  /** The word starts with an upper-case letter. */
  cap: boolean
  /** The word can start a rule (it is in the lexicon's triggers). */
  trigger: boolean
  /** Whitespace comes right before the token (within its sentence). */
  spaceBefore: boolean
  /** Whitespace comes right after the token (within its sentence). */
  spaceAfter: boolean
  /** The whitespace right before the token holds a line break (where scraped pages split sentences). */
  newlineBefore: boolean
}

/** A sentence: a run of tokens. */
export interface SentenceInfo {
  start: number
  end: number
  /** Index of its first token in the paragraph's tokens. */
  first: number
  /** Index after its last token. */
  last: number
}

/**
 * A paragraph of the input, tokenised. Once its sentences are analysed its
 * tokens are released (`tokens` becomes empty) to keep memory flat on long
 * input; what later stages need is kept in `wholeQuote` and `sentences`.
 */
export interface Paragraph {
  index: number
  start: number
  end: number
  tokens: Token[]
  sentences: SentenceInfo[]
  /** The paragraph is one quotation and nothing else (set by the analysis). */
  wholeQuote: boolean
}

/**
 * Flatten the paragraphs of a parsed tree into `Paragraph`s. `base` is added
 * to every offset (the chunk's place in the input); `text` is the whole input.
 * Words are marked as triggers of `triggers` (looked up once per word here,
 * so the stages after need no look-up of their own). With `max`, a paragraph
 * longer than `max` characters is cut where `extractAttributions` cuts its
 * text (see `cutParagraph`), so a tree parsed whole is analysed in the same
 * bounded pieces.
 */
export function flattenTree(
  tree: Root,
  text: string,
  base: number,
  triggers: WordSet,
  out: Paragraph[],
  max?: number
): void {
  for (const child of tree.children) {
    if (child.type === 'ParagraphNode') flattenParagraph(child, text, base, triggers, out, max)
  }
}

function flattenParagraph(
  node: NlcstParagraph,
  text: string,
  base: number,
  triggers: WordSet,
  out: Paragraph[],
  max: number | undefined
): void {
  const tokens: Token[] = []
  const sentences: SentenceInfo[] = []
  for (const child of node.children) {
    if (child.type !== 'SentenceNode') continue
    const first = tokens.length
    pushSentence(child, text, base, triggers, tokens)
    if (tokens.length === first) continue
    sentences.push({start: tokens[first].start, end: tokens[tokens.length - 1].end, first, last: tokens.length})
  }
  if (tokens.length > 0) finishParagraph(text, tokens, sentences, triggers, out, max)
}

/**
 * Turn a paragraph's tokens and sentences (at least one token) into the
 * `Paragraph`s pushed to `out`: the final stop split off, cut at `max`
 * characters when given, sentences repaired. Shared by `flattenTree` and the
 * flat parser, so both make the same paragraphs from the same tokens.
 */
export function finishParagraph(
  text: string,
  tokens: Token[],
  sentences: SentenceInfo[],
  triggers: WordSet,
  out: Paragraph[],
  max?: number
): void {
  splitFinalStop(text, tokens, sentences, triggers)
  if (max !== undefined && tokens[tokens.length - 1].end - tokens[0].start > max) {
    for (const piece of cutParagraph(text, tokens, sentences, max)) {
      out.push({
        index: out.length,
        start: piece.tokens[0].start,
        end: piece.tokens[piece.tokens.length - 1].end,
        tokens: piece.tokens,
        sentences: repairSentences(piece.tokens, piece.sentences),
        wholeQuote: false
      })
    }
    return
  }
  const fixed = repairSentences(tokens, sentences)
  out.push({
    index: out.length,
    start: tokens[0].start,
    end: tokens[tokens.length - 1].end,
    tokens,
    sentences: fixed,
    wholeQuote: false
  })
}

/**
 * retext-english glues a paragraph's last full stop to its word when the next
 * paragraph starts in lower case ("filed." before "the next day"), a stop it
 * keeps apart when the paragraph is parsed alone, as `extractAttributions`
 * parses it. Split it off, so both paths read the same tokens; a word with
 * another full stop in it ("p.m.") is an abbreviation either way.
 */
function splitFinalStop(text: string, tokens: Token[], sentences: SentenceInfo[], triggers: WordSet): void {
  const last = tokens[tokens.length - 1]
  const value = last.text
  if (last.kind !== WORD || value.length < 2 || value.indexOf('.') !== value.length - 1) return
  const stop = makeToken(PUNCT, text, last.end - 1, last.end, triggers, false, false)
  const word = makeToken(WORD, text, last.start, last.end - 1, triggers, last.spaceBefore, last.newlineBefore)
  tokens[tokens.length - 1] = word
  tokens.push(stop)
  sentences[sentences.length - 1].last = tokens.length
}

/**
 * Push the tokens of one sentence. Whitespace is not pushed: it sets
 * `spaceAfter` on the token before it and `spaceBefore` (and perhaps
 * `newlineBefore`) on the token after it.
 */
function pushSentence(node: NlcstSentence, text: string, base: number, triggers: WordSet, tokens: Token[]): void {
  const first = tokens.length
  let spaceBefore = false
  let newlineBefore = false
  for (const child of node.children) {
    const position = child.position
    if (!position || position.start.offset === undefined || position.end.offset === undefined) continue
    const start = position.start.offset + base
    const end = position.end.offset + base
    if (end <= start) continue
    if (child.type === 'WhiteSpaceNode') {
      if (tokens.length > first) tokens[tokens.length - 1].spaceAfter = true
      spaceBefore = true
      newlineBefore = hasLineBreak(text, start, end)
      continue
    }
    tokens.push(
      makeToken(
        child.type === 'WordNode' || child.type === 'SourceNode' ? WORD : PUNCT,
        text,
        start,
        end,
        triggers,
        spaceBefore,
        newlineBefore,
        writtenText(child, text, start, end)
      )
    )
    spaceBefore = false
    newlineBefore = false
  }
}

/**
 * `text.slice(start, end)`, the text a node is written as: the parser's own
 * string when the node holds one that is that text (a word of one piece, a
 * mark), so most tokens make no copy.
 */
function writtenText(child: NlcstSentence['children'][number], text: string, start: number, end: number): string {
  const value =
    child.type === 'WordNode'
      ? child.children.length === 1 && child.children[0].type === 'TextNode'
        ? child.children[0].value
        : undefined
      : 'value' in child
        ? child.value
        : undefined
  return value !== undefined && value.length === end - start && text.startsWith(value, start)
    ? value
    : text.slice(start, end)
}

/** Build one token; every token has the same shape. `written` is `text.slice(start, end)` when the caller has it. */
export function makeToken(
  kind: 0 | 1,
  text: string,
  start: number,
  end: number,
  triggers: WordSet,
  spaceBefore: boolean,
  newlineBefore: boolean,
  written?: string
): Token {
  const value = written ?? text.slice(start, end)
  const first = value.charCodeAt(0)
  const word = kind === WORD
  const lower = word ? lowerWord(value, first) : value
  return {
    text: value,
    lower,
    start,
    end,
    kind,
    cap: word && first >= 65 && first <= 90,
    trigger: word && triggers.has(lower),
    spaceBefore,
    spaceAfter: false,
    newlineBefore
  }
}

/**
 * Give a token the text it stands for when it is written otherwise (a
 * character reference in HTML, an escape in Markdown); its offsets stay
 * those of the written form.
 */
export function setTokenText(token: Token, value: string, triggers: WordSet): void {
  const word = token.kind === WORD
  const first = value.charCodeAt(0)
  token.text = value
  token.lower = word ? lowerWord(value, first) : value
  token.cap = word && first >= 65 && first <= 90
  token.trigger = word && triggers.has(token.lower)
}

/** Whether `text` holds a line feed between `start` and `end`. */
export function hasLineBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) return true
  return false
}

/** Lower-case a word; most words are already lower case and ASCII, and are returned as they are. */
function lowerWord(value: string, first: number): string {
  if (first >= 97 && first <= 122) {
    let plain = true
    for (let i = 1; i < value.length; i++) {
      const code = value.charCodeAt(i)
      if (!((code >= 97 && code <= 122) || code === 45 || code === 39 || code === 46)) {
        plain = false
        break
      }
    }
    if (plain) return value
  }
  return normalise(value)
}

/** Lower-case a word and make curly apostrophes straight. */
export function normalise(word: string): string {
  const lower = word.toLowerCase()
  return lower.indexOf('’') === -1 ? lower : lower.replaceAll('’', "'")
}

const FULL_STOP = 46

const STARTERS = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'the',
  'a',
  'an',
  'but',
  'and',
  'in',
  'on',
  'this',
  'that',
  'there',
  'his',
  'her',
  'their',
  'its',
  'our',
  'after',
  'when',
  'as',
  'meanwhile',
  'however'
])

/**
 * Join sentences that retext-english ended after a title abbreviation, split
 * sentences it ran together after a number or "p.m.", and number the tokens
 * by sentence.
 */
export function repairSentences(tokens: Token[], sentences: SentenceInfo[]): SentenceInfo[] {
  const joined: SentenceInfo[] = []
  for (const sentence of sentences) {
    const previous = joined[joined.length - 1]
    if (previous && endsWithTitle(tokens, previous)) {
      previous.end = sentence.end
      previous.last = sentence.last
    } else {
      // The sentences are this paragraph's own: extended in place, not copied.
      joined.push(sentence)
    }
  }
  const result: SentenceInfo[] = []
  for (const sentence of joined) {
    let first = sentence.first
    for (let i = sentence.first; i < sentence.last; i++) {
      const token = tokens[i]
      // A line break ends a sentence before a quotation mark, bullet or dash, or after
      // final punctuation: scraped pages put one item per line. The break must have
      // something of the sentence after the token that follows it.
      if (token.newlineBefore && i > first && token.end < sentence.end && breaksLine(tokens[i - 1], token)) {
        result.push({start: tokens[first].start, end: tokens[i - 1].end, first, last: i})
        first = i
      }
      if (
        token.kind !== WORD ||
        !token.spaceAfter ||
        i + 1 >= sentence.last ||
        token.text.charCodeAt(token.text.length - 1) !== FULL_STOP
      )
        continue
      const next = tokens[i + 1]
      if (next.kind !== WORD || !next.cap || !STARTERS.has(next.lower)) continue
      const code = token.text.charCodeAt(token.text.length - 2)
      const numeric = code >= 48 && code <= 57
      if (!numeric && token.lower !== 'p.m.' && token.lower !== 'a.m.' && token.lower !== 'u.s.') continue
      result.push({start: tokens[first].start, end: token.end, first, last: i + 1})
      first = i + 1
    }
    result.push({start: tokens[first].start, end: sentence.end, first, last: sentence.last})
  }
  return result
}

const LINE_OPENERS = new Set(['“', '"', '‘', "'", '«', '•', '·', '-', '–', '—', '―', '*', '>', '|', '►', '▪'])
const LINE_ENDERS = new Set(['.', '!', '?', '”', '"', '’', '»', ':', '…', '...'])

function breaksLine(before: Token, after: Token): boolean {
  if (after.kind === PUNCT && LINE_OPENERS.has(after.text[0])) return true
  return before.kind === PUNCT && LINE_ENDERS.has(before.text)
}

function endsWithTitle(tokens: Token[], sentence: SentenceInfo): boolean {
  const last = tokens[sentence.last - 1]
  if (last.kind !== PUNCT || last.text !== '.' || last.spaceBefore) return false
  const word = tokens[sentence.last - 2]
  return word !== undefined && word.kind === WORD && TITLE_ABBREVIATIONS.has(word.lower)
}
