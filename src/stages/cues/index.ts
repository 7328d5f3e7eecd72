/**
 * Stage 4: find the cues of a sentence and, with the span readers, build raw
 * attributions. Each rule is named in the rule registry
 * (src/rules/registry.ts: family, trigger, shapes, prior), and the result
 * carries the name of the rule that proposed it.
 *
 * Channels the rules leave open are read afterwards (channels.ts):
 * `opening-channel`, `outlet-citing`, `channel-possessive`.
 *
 * A negated verb cue ("did not mention") is kept and marked `negated`.
 *
 * The dispatcher is here; each family of rules has its own file (verbs.ts
 * with verb-group.ts and verb-content.ts, refusals.ts, reported.ts,
 * judgement.ts, nominal.ts, according.ts, layout.ts), and all build their
 * attributions through build.ts. Their word lists are in
 * lexicon/cue-words.ts.
 */
import {NOUN_HOMOGRAPHS, POLL_HEADS, REFUSAL_VERBS, REPORTED_ADVERBS} from '../../lexicon/cue-words.js'
import {AUXILIARIES, CONTRACTED_SUBJECTS, NEGATIONS, SETTING_PREPOSITIONS} from '../../lexicon/function-words.js'
import {DASHES} from '../../lexicon/marks.js'
import {BROAD_RULES} from '../../model/cue-decide.js'
import {RAISING, STANCE_ADJECTIVES} from '../../lexicon/judgements.js'
import {NOUN_CUES} from '../../lexicon/nouns.js'
import {rangeOffsets, type Range} from '../spans.js'
import {WORD} from '../tokens.js'
import {isPunct, isWord, quoteAt, tok, word, type SentenceView} from '../view.js'
import {accordingTo, perCue} from './according.js'
import {broadCue, isBroadCandidate} from './broad.js'
import {channelOffsets, openingChannel, outletCiting} from './channels.js'
import {raising, stanceAdjective} from './judgement.js'
import {askedFirst, colonIntro, dashSignature} from './layout.js'
import {inPoll, nominalCue} from './nominal.js'
import {broadNoun, nounBefore} from './nominal-broad.js'
import {refusal, refusalNegated} from './refusals.js'
import {adverbCue} from './reported.js'
import {sentenceSubject} from './shared.js'
import type {RawAttribution} from './types.js'
import {isVerbGroupWord, pickForm, verbFrame} from './verb-group.js'
import {verbCue} from './verbs.js'

export type {RawAttribution} from './types.js'
export {isOutletRange} from './shared.js'

const NO_RANGES: Range[] = []

/** Whether an attribution of this sentence (from `firstOut` on) has a cue starting at `k`. */
function cueStartsAt(out: RawAttribution[], firstOut: number, k: number): boolean {
  for (let a = firstOut; a < out.length; a++) if (out[a].cue[0]?.first === k) return true
  return false
}

/**
 * "She said: …": a colon written right after the cue's last word joins the cue, as
 * annotators mark it, unless the content or another piece of the cue starts there.
 */
function joinColon(view: SentenceView, attribution: RawAttribution): void {
  const last = attribution.cue[attribution.cue.length - 1]
  const colon = tok(view, last.last + 1)
  if (!colon || colon.text !== ':' || tok(view, last.last)!.kind !== WORD) return
  const piece = attribution.cues[attribution.cues.length - 1]
  if (colon.start !== piece.end) return
  const content = attribution.content
  if (content && content.some((part) => part.start < colon.end && colon.start < part.end)) return
  attribution.cues[attribution.cues.length - 1] = {start: piece.start, end: colon.end}
}

/**
 * "He's saying …", "they'll argue …": a subject written with its contracted auxiliary in
 * one word ends at the apostrophe, and the cue starts there, as annotators mark them
 * ("He" and "'s saying"). Runs on the view ranges, before the offsets replace them.
 */
function splitContraction(view: SentenceView, attribution: RawAttribution): void {
  const source = attribution.source
  const src = attribution.src
  if (!source || !src || attribution.cue.length === 0) return
  const cue = attribution.cue[0]
  if (source.last + 1 !== cue.first) return
  const t = tok(view, source.last)!
  if (!CONTRACTED_SUBJECTS.has(t.lower)) return
  const at = t.start + t.lower.indexOf("'")
  if (at <= src.start) return
  src.end = at
  attribution.cues[0] = {start: at, end: attribution.cues[0].end}
}

/**
 * Whether view position `k` lies inside a cue of this sentence's attributions (from
 * `firstOut` on), or is that cue's object, one word on at most ("floated the idea that").
 */
function byCue(out: RawAttribution[], firstOut: number, k: number): boolean {
  for (let a = firstOut; a < out.length; a++)
    for (const range of out[a].cue) if (range.first <= k && k <= range.last + 2) return true
  return false
}

/**
 * Whether view position `k` lies in a cue's setting: a phrase opened by a preposition
 * between a cue of this sentence's attributions and the content after it ("said in a
 * brief written statement that …"), which proposes no cue of its own.
 */
function inSetting(view: SentenceView, out: RawAttribution[], firstOut: number, k: number): boolean {
  const end = tok(view, k)!.end
  for (let a = firstOut; a < out.length; a++) {
    const {cue, content} = out[a]
    if (!content || content.length === 0 || cue.length === 0) continue
    const last = cue[cue.length - 1].last
    if (last < k && end <= content[0].start && SETTING_PREPOSITIONS.has(word(view, last + 1))) return true
  }
  return false
}

/** How many attributions either side of a source `endClaimsInSources` looks at. */
const NEAR_SOURCE = 8

/**
 * A claim whose cue and source stand inside another attribution's source (a
 * relative clause) ends with that source: in "Residents who oppose the
 * tower say it will block the view", "oppose" claims "the tower", not the
 * rest of the sentence. Looks at
 * the attributions near each source only (a source holds a few words).
 */
function endClaimsInSources(view: SentenceView, out: RawAttribution[], firstOut: number): void {
  for (let b = firstOut; b < out.length; b++) {
    const src = out[b].src
    if (src === null) continue
    for (let a = Math.max(firstOut, b - NEAR_SOURCE); a < out.length && a <= b + NEAR_SOURCE; a++) {
      const inner = out[a]
      const cue = inner.cues[0]
      const own = inner.src
      if (a === b || inner.content === null || cue.start < src.start || cue.end > src.end) continue
      // Only a relative clause's claim: its source, inside the phrase too, is followed by "who".
      if (own === null || own.start < src.start || word(view, inner.source!.last + 1) !== 'who') continue
      if (inner.content.every((piece) => piece.end <= src.end)) continue
      const kept = inner.content
        .filter((piece) => piece.start < src.end)
        .map((piece) => ({start: piece.start, end: Math.min(piece.end, src.end)}))
      inner.content = kept.length > 0 ? kept : null
    }
  }
}

/** Find every attribution in one sentence. */
export function findInSentence(view: SentenceView, out: RawAttribution[]): void {
  const n = view.length
  const lexicon = view.lexicon
  const firstOut = out.length
  for (let j = 0; j < n; j++) {
    const t = tok(view, j)!
    if (t.kind !== WORD) {
      if (t.text === ':' && j > 0) colonIntro(view, j, out)
      else if (DASHES.has(t.text)) dashSignature(view, j, out)
      continue
    }
    const w = t.lower
    if (!t.trigger) {
      // A word in no list, in a verb's frame: proposed for the cue decider to judge. The
      // words it read stay open to the rules, which would lose a cue if the decider drops it.
      if (lexicon.broad && isBroadCandidate(view, j)) broadCue(view, j, out)
      continue
    }
    if (w === 'asked' && (j === 0 || (j === 1 && word(view, 0) === 'when')) && askedFirst(view, j, out)) continue
    if (w === 'according' && word(view, j + 1) === 'to') {
      accordingTo(view, j, out)
      j++
      continue
    }
    if (w === 'per' && (j === 0 || isPunct(view, j - 1, ',') || isPunct(view, j - 1, '(')) && isWord(view, j + 1)) {
      perCue(view, j, out)
      continue
    }
    if (REPORTED_ADVERBS.has(w)) {
      // "X reportedly said …" is the verb's; "X was reportedly told …" is the adverb's.
      if (!isVerbGroupWord(view, j) || AUXILIARIES.has(word(view, j - 1))) adverbCue(view, j, w, out)
      continue
    }
    if (REFUSAL_VERBS.has(w) && refusal(view, j, out)) continue
    if (NEGATIONS.has(w) || (w === 'could' && word(view, j + 1) === 'not')) {
      const k = refusalNegated(view, j, out)
      if (k > j) {
        j = k
        continue
      }
    }
    if (RAISING.has(w)) {
      if (quoteAt(view, j) === -1) raising(view, j, out)
      continue
    }
    if (STANCE_ADJECTIVES.has(w)) {
      if (quoteAt(view, j) === -1) stanceAdjective(view, j, out)
      continue
    }
    if (POLL_HEADS.has(w)) {
      // "in a CNN national poll": look back for the "in" that governs the poll.
      let k = j - 1
      while (
        k >= 0 &&
        k >= j - 10 &&
        (isWord(view, k) || isPunct(view, k, '/') || isPunct(view, k, '-') || isPunct(view, k, '.')) &&
        word(view, k) !== 'in'
      )
        k--
      if (k >= 0 && word(view, k) === 'in' && !cueStartsAt(out, firstOut, k) && inPoll(view, k, out)) continue
    }
    const noun = NOUN_CUES.get(w)
    const forms = lexicon.verbs.get(w)
    if (noun && quoteAt(view, j) === -1) {
      if (nominalCue(view, j, w, noun, out)) continue
      // A noun the strict rule leaves, in a loose frame; a word that is a verb form too only
      // after a determiner or possessor ("the calls for", not "Ms. Lee calls for"); none
      // that a cue already holds or takes as its object ("said in a statement that …").
      if (
        lexicon.broad &&
        (!forms || nounBefore(view, j)) &&
        !byCue(out, firstOut, j) &&
        !inSetting(view, out, firstOut, j) &&
        broadNoun(view, j, w, noun, out)
      ) {
        j = out[out.length - 1].cue[0].last
        continue
      }
    }
    if (!forms) continue
    // Words inside a quotation are the quoted speaker's, not an attribution by the writer.
    if (quoteAt(view, j) !== -1 || inSetting(view, out, firstOut, j)) continue
    const form = pickForm(view, j, forms)
    if (!form) continue
    if (NOUN_HOMOGRAPHS.has(w) && !verbFrame(view, j)) continue
    const before = out.length
    let end = verbCue(view, j, form, out)
    // A listed verb its rules pass over (a weak verb with an object, "he pledged reform"):
    // read as a verb with an object, for the cue decider to judge.
    if (out.length === before && lexicon.broad) end = broadCue(view, j, out, {...form, object: true, weak: false})
    if (end > j) j = end
  }
  // Participles inherit the source found before them in the sentence, or the
  // sentence's subject ("Clinton mocked the complaint, saying …").
  for (let a = firstOut; a < out.length; a++) {
    const attribution = out[a]
    if (!attribution.inheritSource || attribution.source !== null) continue
    // The main clause's attribution (the first of the sentence) gives its source:
    // "Clinton said that she believes …, adding …" is Clinton's.
    for (let b = firstOut; b < a; b++) {
      // A broad proposal gives none: the cue decider may drop it.
      if (out[b].source && !BROAD_RULES.has(out[b].rule)) {
        attribution.source = out[b].source
        break
      }
    }
    if (attribution.source === null && attribution.rule === 'verb-participle')
      attribution.source = sentenceSubject(view, attribution.cue[0].first)
  }
  outletCiting(view, out, firstOut)
  for (let a = firstOut; a < out.length; a++) {
    const attribution = out[a]
    if (attribution.via === null && attribution.source !== null)
      attribution.via = openingChannel(view, attribution.source.first)
    attribution.src = attribution.source ? rangeOffsets(view, attribution.source) : null
    attribution.chan = attribution.via ? channelOffsets(view, attribution.via) : null
    attribution.cues = attribution.cue.map((range) => rangeOffsets(view, range))
    splitContraction(view, attribution)
    joinColon(view, attribution)
  }
  endClaimsInSources(view, out, firstOut)
  // The view ranges are no longer needed once offsets are known.
  for (let a = firstOut; a < out.length; a++) {
    const attribution = out[a]
    attribution.source = null
    attribution.via = null
    attribution.cue = NO_RANGES
  }
}
