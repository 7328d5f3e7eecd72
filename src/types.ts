/**
 * Public result types of whosaid.
 *
 * All offsets are UTF-16 code units into the string that was passed in, so
 * `text.slice(span.start, span.end) === span.text` always holds.
 */
import type {ConfidenceModel} from './model/confidence.js'
import type {RuleId} from './rules/registry.js'

/** A stretch of the input. */
export interface Span {
  /** Offset of the first character (inclusive). */
  start: number
  /** Offset after the last character (exclusive). */
  end: number
  /** Exactly `input.slice(start, end)`. */
  text: string
}

/**
 * A span that may be written in pieces: a claim interrupted by its cue
 * (`“…,” she said, “…”`) or a cue in pieces (`quoted … as saying`).
 * `start`/`end` cover the first to the last piece; `parts` lists the pieces
 * in document order and is present only when there are two or more.
 */
export interface PiecewiseSpan extends Span {
  parts?: Span[]
}

/**
 * One mention of a source at one place in the text. `parts` appears only
 * when markup interrupts it (the retext plugin under remark-retext or
 * rehype-retext: `Mayor [Ana Ruiz](…)`).
 */
export interface Mention extends PiecewiseSpan {
  /** The `id` of the entry in `sources` this mention belongs to. */
  sourceId: string
  /**
   * The coreference sieve that tied this mention to its source (see
   * `CoreferenceSieve`). Always set by whosaid; optional so that results
   * built by hand or read from older JSON still type-check.
   */
  resolvedBy?: CoreferenceSieve
  /**
   * For a relative pronoun (`resolvedBy: 'relative'`): the words it stands
   * for, `Ms. Lark` in `Ms. Lark, who added that …`.
   */
  antecedent?: PiecewiseSpan
}

/**
 * Which coreference sieve tied a mention to its source, tried in this order:
 *
 * - `pronoun`: a pronoun to the nearest earlier entity of its gender, number
 *   and kind ("She" → "Anna Berg"), whether or not that entity is a source;
 * - `exact`: the same name, or the same unnamed description, written again;
 * - `acronym`: an acronym to the body whose initials it spells ("EDC" →
 *   "Export Development Canada"), or the full name to an earlier acronym;
 * - `surname`: a surname to the full name ("Orrick" → "Tamsin Orrick");
 * - `given-name`: a given name alone to the full name ("Tavita");
 * - `short-name`: a body's first word alone to its full name ("Tidewell" →
 *   "Tidewell Energy");
 * - `description`: a definite description of a person whose head no list of
 *   kinds knows ("the cheerful proprietor", "the retired fisherwoman"), and
 *   no entity's head fits, to the nearest named person of a compatible gender;
 * - `definite`: a definite description to the entity whose head, name or
 *   description fits ("the ministry", "the 41-year-old"), and "the same
 *   source" to the nearest unnamed source;
 * - `look-ahead`: a description that names nobody and that no earlier
 *   mention explains ("a peewee hockey coach") to the named person written
 *   soon after it whose name or description holds its head ("Coach Lena
 *   Hart"), or who opens the next sentence; the later name joins it too;
 * - `continuation`: a paragraph that only continues a quote, given to the
 *   previous quote's speaker;
 * - `relative`: a relative "who" that is the cue's subject, to the words just
 *   before it ("Ms. Lark, who added …", "voters who backed her"), which
 *   the mention's `antecedent` holds;
 * - `new`: no sieve applied: the first mention of its source.
 */
export type CoreferenceSieve =
  | 'pronoun'
  | 'exact'
  | 'acronym'
  | 'surname'
  | 'given-name'
  | 'short-name'
  | 'description'
  | 'definite'
  | 'look-ahead'
  | 'continuation'
  | 'relative'
  | 'new'

/** How the claim is reported. */
export type Mode = 'direct' | 'indirect' | 'mixed' | 'none'

/**
 * What kind of attribution a cue makes.
 *
 * - `speech`: said, told, added, asked, insisted …
 * - `writing`: wrote, tweeted, posted, emailed …
 * - `report`: reported, according to, per, cited, quoted … as saying
 * - `statement`: announced, declared, confirmed, stated, a statement said …
 * - `belief`: believes, thinks, fears, hopes, expects, knows …
 * - `stance`: argued, called for, urged, criticized, accused, warned …
 * - `intention`: plans, wants, promised, vowed, threatened …
 * - `evidence`: showed, found, suggested (of documents, polls, data) …
 * - `refusal`: declined to comment, would not say … (no content)
 */
export type CueCategory =
  'speech' | 'writing' | 'report' | 'statement' | 'belief' | 'stance' | 'intention' | 'evidence' | 'refusal'

/** What a source is. */
export type SourceKind = 'person' | 'organization' | 'media' | 'document' | 'group' | 'unknown'

/** One attribution: a cue, the claim it attributes, and who it is attributed to. */
export interface Attribution {
  /** The attribution phrase as written: `said`, `according to`, `told`, `quoted … as saying`. */
  cue: PiecewiseSpan
  /** The claim, or `null` when nothing is claimed (`declined to comment`). */
  content: PiecewiseSpan | null
  /** `direct` (all quoted), `indirect` (no quotation marks), `mixed`, or `none` (no content). */
  mode: Mode
  /** Who, as written at this place (`he`, `Haddad`, `a Pentagon spokesman`), or `null` when unnamed. */
  source: Mention | null
  /** The channel the claim passed through: `AFP` in `told AFP`, `Interfax` in `cited by Interfax`. */
  via: Mention | null
  /** The name of the rule that produced this attribution (the README lists them; `RULES` holds them). */
  rule: RuleId
  /** The category of the cue. */
  category: CueCategory
  /** The cue's base form: `say` for `has said`, `according to`, `decline to comment`. */
  lemma: string
  /**
   * The probability, in [0, 1], that this attribution is right (its cue,
   * source and content match one real attribution), from the confidence
   * model; with `model: null`, the proposing rule's prior.
   */
  confidence: number
  /**
   * The cue decider's score, in [0, 1]: how likely the cue is a real cue.
   * Present on the attributions the model's cue decider judged (those of the
   * rules it lists, and every `verb-broad` proposal), absent otherwise.
   */
  cueScore?: number
  /** The sentence that holds the cue (`parts` only when markup interrupts it, as for mentions). */
  sentence: PiecewiseSpan
  /** Index (0-based) of the paragraph that holds the cue. */
  paragraph: number
  /**
   * The cue is negated ("did not mention the plan", "has not endorsed him"): the
   * source is reported as not making the claim. Refusals ("declined to comment",
   * "would not say whether") are category `refusal` with `negated: false`.
   */
  negated: boolean
}

/** One real-world source in the document, with every place it is mentioned. */
export interface Source {
  /** Stable within one result: `s1`, `s2`, … in order of first mention. */
  id: string
  /**
   * The fullest name the text gives anywhere (not only in attributions),
   * without titles and roles: `Jeff Traeger` for `UFCW Local 832 president
   * Jeff Traeger` and a later `Traeger`; `Iraq's Defense Ministry`; for an
   * unnamed source its description, `a Pentagon spokesman`.
   */
  name: string
  /** What the source is. */
  kind: SourceKind
  /** `true` when no name identifies the source (`a Pentagon spokesman`, `officials`). */
  anonymous: boolean
  /**
   * What the text says of the source besides its name, as written, when it
   * says anything: `UFCW Local 832 president` for `UFCW Local 832 president
   * Jeff Traeger`, `47, of Dunmore` for `Ed Brandt, 47, of Dunmore`. Named
   * person sources only.
   */
  description?: string
  /**
   * The organisation the source speaks for, as written, when the text
   * writes it: `the interior ministry` in `a spokesman for the interior
   * ministry`. Person sources only.
   */
  affiliation?: string
  /**
   * Group sources written as a coordination of named people only ("Both
   * Senator Ada Moll and Governor Rui Sato", "Moll, Sato and Hart"): the
   * `id` of each member, a person source of its own, in the order written.
   */
  members?: string[]
  /** Every mention of this source, in document order (`parts` only when markup interrupts one). */
  mentions: PiecewiseSpan[]
  /**
   * Person sources only (absent on other kinds and when `options.gender` is
   * `false`): the gender the text gives the person, from coreferent pronouns
   * ("she"), then honorifics ("Mr."), then a listed given name ("Anna"), in
   * that order of trust; `null` when none of them tells. A gender from a
   * given name is a guess.
   */
  gender?: Gender | null
}

/** The gender of a person source. */
export type Gender = 'female' | 'male'

/** The result of `extractAttributions`. */
export interface ExtractResult {
  /** Every attribution, in document order of the cue. */
  attributions: Attribution[]
  /** Every source any attribution points to, in order of first mention. */
  sources: Source[]
  /**
   * The stretches of the input that were left out, in document order: reader
   * comment threads (`reason: 'comment-thread'`). Empty with `keepBoilerplate`.
   */
  skipped: SkippedSpan[]
}

/** A stretch of the input that was not searched for attributions, and why. */
export interface SkippedSpan {
  /** Offset of the first character left out (inclusive). */
  start: number
  /** Offset after the last character left out (exclusive). */
  end: number
  /** Why: `comment-thread` for a page's reader comments. */
  reason: string
}

/** Options for `extractAttributions` and the retext plugin. */
export interface Options {
  /**
   * Extra reporting verbs, as base forms (`'opine'`) or a map from base form to
   * category (`{opine: 'speech'}`). Inflections are derived; irregular ones can
   * be given as `{lemma: 'foretell', category: 'speech', forms: ['foretold']}`.
   */
  verbs?: ReadonlyArray<string | VerbEntry> | Readonly<Record<string, CueCategory>>
  /** Extra news outlets and agencies (`'Kyiv Independent'`), recognised as `media`. */
  outlets?: ReadonlyArray<string>
  /**
   * Which cue categories to report (default: all). For speech-only output use
   * `['speech', 'writing', 'report', 'statement', 'refusal']`.
   */
  categories?: ReadonlyArray<CueCategory>
  /**
   * Which rules to report (default: all), by name: `['verb-subject',
   * 'according-to']`. `RULES` lists every rule with its family and prior.
   */
  rules?: ReadonlyArray<RuleId>
  /** Report attributions whose content is `null` (`declined to comment`). Default `true`. */
  includeRefusals?: boolean
  /**
   * Search reader-comment threads too, instead of leaving them out (and
   * listing them in `skipped`). Default `false`.
   */
  keepBoilerplate?: boolean
  /**
   * Give person sources a `gender` (default `true`). With `false` no gender is
   * inferred or reported, and pronouns are resolved by recency and kind alone.
   */
  gender?: boolean
  /**
   * The confidence model that scores each attribution: by default the one
   * shipped with the package (trained on PolNeAR train); a model of your own
   * from `whosaid-train`; or `null` to keep each rule's prior confidence.
   */
  model?: ConfidenceModel | null
  /**
   * Who draws content boundaries: `'model'` (default), the model's boundary
   * re-ranker, which moves a content's start or end to the best-scoring
   * nearby alternative; or `'rules'`, the proposing rule's own boundaries.
   * A model without a re-ranker (or `model: null`) always keeps the rules'.
   */
  boundaries?: 'model' | 'rules'
  /** Report only attributions whose `confidence` is at least this (0–1). Default `0`. */
  minConfidence?: number
  /**
   * Which cues are proposed: `'broad'` also proposes words in no list that
   * stand in a reporting verb's frame ("The union backed the plan", rule
   * `verb-broad`), which the model's cue decider keeps or drops; `'rules'`
   * only the listed words. Default `'broad'` when the model has a cue decider
   * (the shipped one does), else `'rules'`; `'broad'` with `model: null` keeps
   * every broad proposal, at its rule's prior.
   */
  cues?: 'broad' | 'rules'
}

/** An extra reporting verb. */
export interface VerbEntry {
  lemma: string
  category?: CueCategory
  /** Irregular inflections (past, participle …); regular ones are derived. */
  forms?: ReadonlyArray<string>
}
