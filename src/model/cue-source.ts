/**
 * The cue decider's features of the source a rule found beside the cue: its
 * kind (from the head word and the lexicon's lists of pronouns, roles,
 * groups, organisations, documents and media, else a name when every word
 * is capitalised), its length in words, its head and first words, and the
 * word before it ("that", "what", "when"). They read the tokens of the
 * window the cue's features scanned (boundary-scan.ts) and the lists' words
 * as hashes, so no string is built.
 */
import {
  DOCUMENT_HEADS,
  GENERIC_ORGANIZATION_HEADS,
  GROUP_HEADS,
  ORGANIZATION_HEADS,
  PERSON_TITLES,
  PRONOUNS,
  ROLE_NOUNS
} from '../lexicon/names.js'
import {MEDIA_HEADS} from '../lexicon/outlets.js'
import {hashRange, MARK_TOKEN, tokenAt, tokenHash, type Window} from './boundary-scan.js'
import {nameHash, type FeatureIndexes} from './features.js'

/** The hashes of `words`, as `tokenHash` gives them for a token of that text. */
function wordHashes(words: Iterable<string>): number[] {
  return [...words].map((word) => hashRange(word, 0, word.length))
}

/** The kinds of source the decider tells apart, as feature values. */
export const SOURCE_KIND = {
  /** The rule found no source. */
  none: 1,
  /** The source lies outside the window around the cue. */
  far: 2,
  pronoun: 3,
  person: 4,
  group: 5,
  organization: 6,
  document: 7,
  media: 8,
  /** Every word capitalised, the head in no list. */
  name: 9,
  /** Anything else: a description whose head no list knows. */
  other: 10
} as const

/** The kind each listed head word gives a source (the first list that holds a word wins). */
const HEAD_KINDS: ReadonlyMap<number, number> = (() => {
  const kinds = new Map<number, number>()
  const lists: Array<[Iterable<string>, number]> = [
    [PRONOUNS.keys(), SOURCE_KIND.pronoun],
    [ROLE_NOUNS, SOURCE_KIND.person],
    [PERSON_TITLES, SOURCE_KIND.person],
    [GROUP_HEADS, SOURCE_KIND.group],
    [ORGANIZATION_HEADS, SOURCE_KIND.organization],
    [GENERIC_ORGANIZATION_HEADS, SOURCE_KIND.organization],
    [DOCUMENT_HEADS, SOURCE_KIND.document],
    [MEDIA_HEADS, SOURCE_KIND.media]
  ]
  for (const [words, kind] of lists) for (const hash of wordHashes(words)) if (!kinds.has(hash)) kinds.set(hash, kind)
  return kinds
})()

/** The hashed names of the source features under `prefix`. */
export function sourceNames(prefix: string) {
  const name = (feature: string) => nameHash(`${prefix}:${feature}`)
  return {
    sourceKind: name('src-kind'),
    sourceWords: name('src-words'),
    sourceHead: name('src-head'),
    sourceFirst: name('src-first'),
    sourceBefore: name('src-before')
  }
}

/** The names of the source features of one feature space. */
export type SourceNames = ReturnType<typeof sourceNames>

/** A small count as a bucket (0, 1, 2, 3, 4–6, more). */
function wordsBucket(n: number): number {
  return n <= 3 ? n + 1 : n <= 6 ? 5 : 6
}

/**
 * The kind (a `SOURCE_KIND` value) of the source whose tokens run from
 * `first` to its head `last` in `w`.
 *
 * @param text The text.
 * @param w The window that holds the source.
 * @param first The source's first token.
 * @param last The source's head: its last word token.
 */
export function sourceKind(text: string, w: Window, first: number, last: number): number {
  const listed = HEAD_KINDS.get(tokenHash(text, w, last))
  if (listed !== undefined) return listed
  for (let k = first; k <= last; k++) {
    if (w.kinds[k] === MARK_TOKEN) continue
    const code = text.charCodeAt(w.starts[k])
    if (!(code >= 0x41 && code <= 0x5a)) return SOURCE_KIND.other
  }
  return SOURCE_KIND.name
}

/**
 * Add the source's features: its kind alone and with the rule and lemma,
 * and, when the window holds it, its length in words, its head word (alone
 * and with the rule), its first word, and the word before it with the rule.
 *
 * @param text The text.
 * @param w The window scanned around the cue.
 * @param source The source's offsets, or null.
 * @param rule The rule's hash.
 * @param lemma The lemma's hash.
 * @param NAME The feature names of the cue's space.
 * @param out Collects the features.
 */
export function sourceFeatures(
  text: string,
  w: Window,
  source: {start: number; end: number} | null,
  rule: number,
  lemma: number,
  NAME: SourceNames,
  out: FeatureIndexes
): void {
  let kind: number = source ? SOURCE_KIND.far : SOURCE_KIND.none
  let first = 0
  let last = -1
  if (source && w.count > 0 && source.start >= w.starts[0] && source.end <= w.to) {
    first = tokenAt(w, source.start)
    last = tokenAt(w, source.end) - 1
    // A closing mark or a possessive's apostrophe is no head: the word before it is.
    while (last >= first && w.kinds[last] === MARK_TOKEN) last--
    kind = last >= first ? sourceKind(text, w, first, last) : SOURCE_KIND.other
  }
  out.addMixed(NAME.sourceKind, kind)
  out.addMixed(NAME.sourceKind, kind, rule ^ lemma)
  if (last < first) return
  const head = tokenHash(text, w, last)
  out.addMixed(NAME.sourceWords, wordsBucket(w.words[last + 1] - w.words[first]))
  out.addMixed(NAME.sourceHead, head)
  out.addMixed(NAME.sourceHead, head, rule)
  out.addMixed(NAME.sourceFirst, tokenHash(text, w, first))
  out.addMixed(NAME.sourceBefore, tokenHash(text, w, first - 1), rule)
}
