/**
 * The features the confidence model reads for one attribution: which rule
 * proposed it, its cue, the shape of its source and content, and the words
 * around the cue. Each feature is a short string hashed into a fixed-size
 * space, so a model holds numbers only, never a sentence of its training data.
 */
import type {Attribution, Source} from '../types.js'

/** 32-bit FNV-1a hash of `value`, folded into `[0, size)` (size a power of two). */
export function hashFeature(value: string, size: number): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0) & (size - 1)
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'this', 'that'])

/** The words of `text`, lowercased. */
function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? []
}

/** A coarse bucket for a count, so lengths generalise. */
function bucket(count: number): string {
  if (count <= 3) return String(count)
  if (count <= 8) return '4-8'
  if (count <= 20) return '9-20'
  if (count <= 50) return '21-50'
  return '51+'
}

/** Up to `count` words of `text` before `start` (nearest last), within the sentence. */
function wordsBefore(text: string, from: number, start: number, count: number): string[] {
  return words(text.slice(Math.max(from, start - 80), start)).slice(-count)
}

/** Up to `count` words of `text` after `end`, within the sentence. */
function wordsAfter(text: string, end: number, to: number, count: number): string[] {
  return words(text.slice(end, Math.min(to, end + 80))).slice(0, count)
}

/**
 * The feature strings of `attribution` (found in `text`, with its source
 * entry `source`, and `inSentence` attributions in its sentence).
 */
export function attributionFeatures(text: string, attribution: Attribution, source: Source | undefined, inSentence: number): string[] {
  const {cue, content, sentence, rule, category, mode} = attribution
  const cueWords = words(cue.text)
  const head = cueWords.length > 0 ? cueWords[cueWords.length - 1] : '-'
  const features = [
    'bias',
    `rule=${rule}`,
    `category=${category}`,
    `lemma=${attribution.lemma}`,
    `rule|lemma=${rule}|${attribution.lemma}`,
    `rule|mode=${rule}|${mode}`,
    `cue=${cueWords.join(' ')}`,
    `cue-head=${head}`,
    `cue-words=${bucket(cueWords.length)}`,
    `cue-parts=${cue.parts ? cue.parts.length : 1}`,
    `cue-capital=${/^\p{Lu}/u.test(cue.text)}`,
    `mode=${mode}`,
    `negated=${attribution.negated}`,
    `via=${attribution.via !== null}`,
    `in-sentence=${bucket(inSentence)}`,
    `paragraph-first=${attribution.paragraph === 0}`
  ]
  const before = wordsBefore(text, sentence.start, cue.start, 2)
  const after = wordsAfter(text, cue.end, sentence.end, 2)
  features.push(`prev=${before[before.length - 1] ?? '<s>'}`, `next=${after[0] ?? '</s>'}`)
  features.push(`head|next=${head}|${after[0] ?? '</s>'}`)
  features.push(`cue-at-start=${cue.start - sentence.start < 3}`)
  if (attribution.source) {
    const sourceWords = words(attribution.source.text)
    const first = sourceWords[0] ?? '-'
    features.push(
      `source-words=${bucket(sourceWords.length)}`,
      `source-pronoun=${sourceWords.length === 1 && PRONOUNS.has(first)}`,
      `source-capital=${/^\p{Lu}/u.test(attribution.source.text)}`,
      `source-side=${attribution.source.start < cue.start ? 'before' : 'after'}`,
      `rule|source-side=${rule}|${attribution.source.start < cue.start ? 'before' : 'after'}`
    )
    if (source) features.push(`kind=${source.kind}`, `anonymous=${source.anonymous}`, `rule|kind=${rule}|${source.kind}`)
  } else {
    features.push('source=none', `rule|source=none|${rule}`)
  }
  if (content) {
    const contentWords = words(content.text)
    features.push(
      `content-words=${bucket(contentWords.length)}`,
      `content-first=${contentWords[0] ?? '-'}`,
      `content-side=${content.start < cue.start ? 'before' : 'after'}`,
      `content-parts=${content.parts ? content.parts.length : 1}`,
      `content-beyond-sentence=${content.start < sentence.start || content.end > sentence.end}`,
      `rule|content-words=${rule}|${bucket(contentWords.length)}`
    )
  } else {
    features.push('content=none')
  }
  return features
}
