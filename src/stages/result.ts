/**
 * Stage 7: turn raw attributions into the public result: spans with text,
 * pieces merged, the mode from quotation marks, sources clustered, filtered
 * by the options, in document order.
 */
import {isNeverSource} from '../lexicon/gazetteers.js'
import {namesOutlet, type Lexicon} from '../lexicon/index.js'
import {CLOSING_QUOTES, OPENING_QUOTES} from '../lexicon/marks.js'
import {ruleById} from '../rules/registry.js'
import type {
  Attribution,
  CoreferenceSieve,
  ExtractResult,
  Gender,
  Mention,
  Mode,
  PiecewiseSpan,
  Source,
  Span
} from '../types.js'
import type {RawAttribution} from './cues/index.js'
import {dropNestedJudgements} from './chains.js'
import {holdsMark, markIndex, type MarkIndex} from './marks.js'
import type {Piece} from './spans.js'
import {relativePronoun} from './relative.js'
import {clusterMentions} from '../entities/coreference.js'
import {documentEntities, singleWordRuns} from '../entities/kinds.js'
import {findEntityMentions} from '../entities/mentions.js'
import type {MentionInput} from './sources.js'
import {spanGet, spanSet, type SpanTable} from './keys.js'

const TRAILING = '.,;:!?…)'

function span(text: string, start: number, end: number): Span {
  return {start, end, text: text.slice(start, end)}
}

/** Merge sorted, overlapping pieces into a piecewise span. */
function piecewise(text: string, pieces: Piece[]): PiecewiseSpan | null {
  // Most cues and contents are one piece: no arrays to sort or merge.
  if (pieces.length === 1) {
    const only = pieces[0]
    return only.end > only.start ? span(text, only.start, only.end) : null
  }
  const sorted = pieces.filter((p) => p.end > p.start).sort((a, b) => a.start - b.start)
  if (sorted.length === 0) return null
  const merged: Piece[] = []
  for (const piece of sorted) {
    const last = merged[merged.length - 1]
    if (last && piece.start <= last.end) last.end = Math.max(last.end, piece.end)
    else merged.push({start: piece.start, end: piece.end})
  }
  const whole: PiecewiseSpan = span(text, merged[0].start, merged[merged.length - 1].end)
  if (merged.length > 1) whole.parts = merged.map((p) => span(text, p.start, p.end))
  return whole
}

/** The mode of a content: all quoted, partly quoted, or not quoted. */
export function modeOf(content: PiecewiseSpan | null, marks: MarkIndex): Mode {
  if (!content) return 'none'
  const pieces = content.parts ?? [content]
  let quotedPieces = 0
  let anyMark = false
  for (const piece of pieces) {
    const trimmed = piece.text.trim()
    let value = trimmed
    while (value.length > 1 && TRAILING.includes(value[value.length - 1])) value = value.slice(0, -1)
    const opens = OPENING_QUOTES.has(value[0])
    const closes = CLOSING_QUOTES.has(value[value.length - 1]) || CLOSING_QUOTES.has(trimmed.slice(-1))
    if (opens && (closes || pieces.length > 1)) quotedPieces++
    if (!anyMark) {
      const from = piece.start + piece.text.length - piece.text.trimStart().length
      anyMark = holdsMark(marks, from, from + value.length)
    }
  }
  if (quotedPieces === pieces.length) return 'direct'
  return anyMark || quotedPieces > 0 ? 'mixed' : 'indirect'
}

/** The mentions of sources and channels, unique by span, with their source ids once clustered. */
interface MentionTable {
  text: string
  lexicon: Lexicon
  /** Span → index in `mentions`. */
  index: SpanTable<number>
  mentions: MentionInput[]
  /** Source id of each mention (by index in `mentions`). */
  ids: string[]
  /** The sieve that tied each mention to its source (by index in `mentions`). */
  sieves: CoreferenceSieve[]
}

function addMention(
  table: MentionTable,
  piece: Piece | null,
  outlet: boolean,
  sentenceStart: number,
  content: Piece[] | null = null,
  sentenceEnd?: number
): void {
  if (!piece) return
  const known = spanGet(table.index, piece.start, piece.end)
  if (known !== undefined) {
    if (outlet) table.mentions[known].outlet = true
    return
  }
  spanSet(table.index, piece.start, piece.end, table.mentions.length)
  const contentPronoun = content !== null && content.length > 0 ? openingPronoun(table.text, content[0].start) : null
  table.mentions.push({
    start: piece.start,
    end: piece.end,
    outlet: outlet || namesOutlet(table.text.slice(piece.start, piece.end), table.lexicon),
    sentenceInitial: piece.start === sentenceStart,
    contentPronoun,
    sentenceEnd
  })
}

/**
 * The gender of a pronoun opening a content at `start` (after "that"), or
 * `null`: "said she would run", "said his client would appeal", "described
 * herself as tired". Such a pronoun most often is the source.
 */
function openingPronoun(text: string, start: number): Gender | null {
  const head = text.slice(start, start + 13).toLowerCase()
  const word = head.startsWith('that ') ? head.slice(5) : head
  if (/^(?:she|her|herself)\b/.test(word)) return 'female'
  if (/^(?:he|his|himself)\b/.test(word)) return 'male'
  return null
}

/**
 * The public mention of a source or channel. A source carried over from
 * the quote this attribution continues (`continues`) has the sieve
 * `continuation`.
 */
function mention(table: MentionTable, piece: Piece | null, continues = false): Mention | null {
  if (!piece) return null
  const index = spanGet(table.index, piece.start, piece.end)
  const sourceId = index === undefined ? undefined : table.ids[index]
  if (!sourceId) return null
  const resolvedBy = continues ? 'continuation' : table.sieves[index!]
  return {start: piece.start, end: piece.end, text: table.text.slice(piece.start, piece.end), sourceId, resolvedBy}
}

/**
 * The public mention of `raw`'s source. When a relative "who" stands for the
 * source as the cue's subject, the mention is that word, resolved by the
 * `relative` sieve to the words it stands for (`antecedent`), and it joins
 * the source's mentions.
 */
function sourceMention(
  table: MentionTable,
  raw: RawAttribution,
  cueStart: number,
  sourceById: ReadonlyMap<string, Source>
): Mention | null {
  const continues = continuesQuote(raw)
  const found = mention(table, raw.src, continues)
  const who = found && !continues ? relativePronoun(table.text, raw.src!, cueStart) : null
  if (!found || !who) return found
  const source = sourceById.get(found.sourceId)!
  const whoSpan = span(table.text, who.start, who.end)
  if (!source.mentions.some((m) => m.start === who.start)) {
    source.mentions.push(whoSpan)
    source.mentions.sort((a, b) => a.start - b.start || a.end - b.end)
  }
  const antecedent = span(table.text, found.start, found.end)
  return {...whoSpan, sourceId: found.sourceId, resolvedBy: 'relative', antecedent}
}

/** Whether a raw attribution took its source from the quote it continues (see `linkAcrossParagraphs`). */
function continuesQuote(raw: RawAttribution): boolean {
  return raw.inheritedFrom !== undefined && raw.src !== null
}

/** Stands in `kept` for a raw attribution already turned into its public form (so the raw can be collected). */
const RELEASED = {} as RawAttribution

/** The content pieces of `raws`, sorted and merged: what the attributions report. */
function reportedSpans(raws: readonly RawAttribution[]): Piece[] {
  const pieces: Piece[] = []
  for (const raw of raws) if (raw.content) for (const piece of raw.content) pieces.push(piece)
  pieces.sort((a, b) => a.start - b.start)
  const merged: Piece[] = []
  for (const piece of pieces) {
    const last = merged[merged.length - 1]
    if (last !== undefined && piece.start <= last.end) last.end = Math.max(last.end, piece.end)
    else merged.push({start: piece.start, end: piece.end})
  }
  return merged
}

/** Build the public result; `raws` is emptied (the attributions move into the result). */
export function buildResult(text: string, raws: RawAttribution[], lexicon: Lexicon): Omit<ExtractResult, 'skipped'> {
  // Keep what the options ask for, one attribution per cue.
  const kept: RawAttribution[] = []
  const seen: SpanTable<true> = new Map()
  for (const raw of raws) {
    if (!lexicon.categories.has(raw.category) || !lexicon.rules.has(raw.rule)) continue
    if (raw.category === 'refusal' && !lexicon.includeRefusals) continue
    if (raw.cues.length === 0) continue
    // "ENERGY:", "Watch:", "Friday", "Somehow" never say anything.
    // A label that is no source ("READ MORE:") makes no attribution of a label rule.
    const label = ruleById(raw.rule).label
    if (raw.src !== null && isNeverSource(text.slice(raw.src.start, raw.src.end), label)) {
      if (label) continue
      raw.src = null
    }
    const cue = raw.cues[0]
    if (spanGet(seen, cue.start, cue.end) !== undefined) continue
    spanSet(seen, cue.start, cue.end, true)
    kept.push(raw)
  }
  // From here on `kept` holds the raw attributions; each is let go once its public form is built.
  raws.length = 0
  kept.sort((a, b) => a.cues[0].start - b.cues[0].start)
  dropNestedJudgements(kept)
  // Mentions: sources and channels, unique by span, in document order.
  const table: MentionTable = {text, lexicon, index: new Map(), mentions: [], ids: [], sieves: []}
  for (const raw of kept) {
    const sentenceStart = raw.sentenceSpan?.start ?? -1
    addMention(table, raw.src, false, sentenceStart, raw.content, raw.sentenceSpan?.end)
    addMention(table, raw.chan, true, sentenceStart)
  }
  const mentions = table.mentions
  const order = mentions.map((_, i) => i).sort((a, b) => mentions[a].start - mentions[b].start)
  const sortedMentions = order.map((i) => mentions[i])
  // Entities anywhere in the text, sources or not, so that "Orrick" finds "Tamsin Orrick".
  const runs = sortedMentions.length === 0 ? [] : findEntityMentions(text)
  const entities = documentEntities(text, runs, sortedMentions)
  const {sources, ids, sieves} = clusterMentions(
    text,
    sortedMentions,
    lexicon,
    entities,
    reportedSpans(kept),
    singleWordRuns(text, runs)
  )
  for (let k = 0; k < order.length; k++) {
    table.ids[order[k]] = ids[k]
    table.sieves[order[k]] = sieves[k]
  }
  const attributions: Attribution[] = []
  const sourceById = new Map(sources.map((source) => [source.id, source]))
  const marks = markIndex(text)
  // Attributions of one sentence share one sentence span (they are adjacent once sorted by cue).
  let sentenceSpan: Span | null = null
  for (let k = 0; k < kept.length; k++) {
    const raw = kept[k]
    kept[k] = RELEASED
    const cue = piecewise(text, raw.cues)!
    const content = raw.content ? piecewise(text, raw.content) : null
    const sentence = raw.sentenceSpan!
    if (!sentenceSpan || sentenceSpan.start !== sentence.start || sentenceSpan.end !== sentence.end)
      sentenceSpan = span(text, sentence.start, sentence.end)
    const attribution: Attribution = {
      cue,
      content,
      mode: content ? modeOf(content, marks) : 'none',
      source: sourceMention(table, raw, cue.start, sourceById),
      via: mention(table, raw.chan),
      rule: raw.rule,
      category:
        raw.category === 'speech' &&
        (/\bstatement\b/i.test(cue.text) ||
          (raw.src !== null && /\b(?:statement|release|communiqu[eé])\b/i.test(text.slice(raw.src.start, raw.src.end))))
          ? 'statement'
          : raw.category,
      lemma: raw.lemma,
      confidence: raw.confidence,
      sentence: sentenceSpan,
      paragraph: raw.paragraph,
      negated: raw.negated ?? false
    }
    if (raw.cueScore !== undefined) attribution.cueScore = raw.cueScore
    attributions.push(attribution)
  }
  return {attributions, sources}
}
