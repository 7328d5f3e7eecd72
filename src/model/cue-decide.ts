/**
 * The cue decider: a logistic regression over hashed cue features
 * (cue-features.ts) that says how likely an attribution's cue is a real
 * cue. The rules propose (the broad rules propose words in no list,
 * `verb-broad`, and reporting nouns in loose frames, `nominal-broad`); the
 * decider keeps a broad proposal when its score reaches `threshold` (a broad
 * noun's `nounThreshold`), and a listed rule's attribution unless its score
 * falls below `ruleThreshold`. It judges each paragraph's raw attributions as
 * soon as the rules have found them, so that a dropped one leaves no trace in later
 * stages (quotes it took, pronouns it resolved). Weights are data;
 * inference is plain arithmetic.
 */
import {relativePronoun} from '../stages/relative.js'
import type {RuleId} from '../rules/registry.js'
import type {RawAttribution} from '../stages/cues/types.js'
import {weightsOf} from './confidence.js'
import {cueFeatures, type CueCandidate} from './cue-features.js'
import {FeatureIndexes} from './features.js'
import {sigmoid} from './logistic.js'

/** A trained cue decider, as part of the model `whosaid-train` writes. */
export interface CueModel {
  /** The size of the hashed feature space (a power of two). */
  size: number
  /** What one step of a stored weight is worth. */
  scale: number
  /** The weights: `size` little-endian 16-bit integers (times `scale`), in base64. */
  weights: string
  /** The least score a broad verb proposal (rule `verb-broad`) needs to be kept. */
  threshold: number
  /** The least score a broad noun proposal (rule `nominal-broad`) needs to be kept; `threshold` when absent. */
  nounThreshold?: number
  /** The least score an attribution of any other judged rule needs to be kept. */
  ruleThreshold: number
  /** The rules whose attributions the decider judges. */
  rules: readonly RuleId[]
}

/** The broad rules, whose proposals need the decider's acceptance: words in no list, nouns in loose frames. */
export const BROAD_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['verb-broad', 'nominal-broad'])

/** The judged rules of each model object, as a set, built on first use. */
const judgedRules = new WeakMap<CueModel, ReadonlySet<string>>()

/** The decider's score of one candidate: the probability that its cue is a cue. */
export function cueScore(text: string, candidate: CueCandidate, model: CueModel): number {
  const weights = weightsOf(model)
  const out = new FeatureIndexes(model.size)
  cueFeatures(text, candidate, out)
  let z = 0
  for (const index of out.indexes) z += weights[index]
  return sigmoid(z)
}

/** The least score an attribution of `rule` needs to be kept. */
function thresholdOf(model: CueModel, rule: RuleId): number {
  if (rule === 'nominal-broad') return model.nounThreshold ?? model.threshold
  return BROAD_RULES.has(rule) ? model.threshold : model.ruleThreshold
}

/** Whether `model` judges `raw`: its rule is listed, and it is no refusal (PolNeAR annotates none). */
function judges(model: CueModel, raw: RawAttribution): boolean {
  let rules = judgedRules.get(model)
  if (!rules) judgedRules.set(model, (rules = new Set(model.rules)))
  return rules.has(raw.rule) && raw.category !== 'refusal' && raw.cues.length > 0 && raw.sentenceSpan !== undefined
}

/**
 * The candidate the decider reads of a raw attribution whose offsets are
 * known, with the source the result will report (a relative "who" for the
 * words it stands for), as the decider learnt from results.
 */
function rawCandidate(text: string, raw: RawAttribution): CueCandidate {
  const cue = {start: raw.cues[0].start, end: raw.cues[raw.cues.length - 1].end}
  const content =
    raw.content && raw.content.length > 0
      ? {start: raw.content[0].start, end: raw.content[raw.content.length - 1].end}
      : null
  return {
    rule: raw.rule,
    cue,
    sentence: raw.sentenceSpan!,
    source: raw.src && (relativePronoun(text, raw.src, cue.start) ?? raw.src),
    content,
    negated: raw.negated ?? false,
    lemma: raw.lemma
  }
}

/**
 * Judge the raw attributions `raws[from…]` (one paragraph's, offsets and
 * sentence spans known): each judged one gets its score as `cueScore`
 * (three decimals); those below their threshold are removed, in place.
 * Attributions of a verb the caller added (`added`) are never judged.
 *
 * @param text The text the attributions were found in.
 * @param raws The raw attributions found so far.
 * @param from The first one to judge.
 * @param model The trained decider.
 * @param added The lemmas of the verbs the caller added to the lexicon.
 */
export function decideCues(
  text: string,
  raws: RawAttribution[],
  from: number,
  model: CueModel,
  added: ReadonlySet<string>
): void {
  let write = from
  for (let r = from; r < raws.length; r++) {
    const raw = raws[r]
    if (judges(model, raw) && !added.has(raw.lemma)) {
      const score = cueScore(text, rawCandidate(text, raw), model)
      raw.cueScore = Math.round(score * 1000) / 1000
      if (score < thresholdOf(model, raw.rule)) continue
    }
    raws[write++] = raw
  }
  raws.length = write
}
