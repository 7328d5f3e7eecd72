import type {Root} from 'nlcst'
import type {Plugin} from 'unified'
import {analyseTree} from './extract.js'
import {validateOptions} from './options.js'
import {reportAttributions} from './plugin-messages.js'
import type {Attribution, Options, SkippedSpan, Source} from './types.js'

declare module 'vfile' {
  interface DataMap {
    /** Attributions found by `retextAttribution`, as `extractAttributions` returns them. */
    attributions: Attribution[]
    /** Sources found by `retextAttribution`, as `extractAttributions` returns them. */
    sources: Source[]
    /** Stretches left out (reader-comment threads), as `extractAttributions` returns them. */
    skipped: SkippedSpan[]
  }
}

/** Options of the retext plugin: the extraction options, and whether to emit messages. */
export interface RetextAttributionOptions extends Options {
  /**
   * Emit one vfile message per attribution (`source: 'whosaid'`, `ruleId`:
   * the rule, `place`: the cue), so `vfile-reporter` and unified-engine list
   * them. Default `false`.
   */
  messages?: boolean | null
}

/**
 * retext plugin: find attributions in the document and store them on
 * `file.data.attributions` and `file.data.sources`, and what was left out
 * on `file.data.skipped`; with `messages: true`, also emit one message per
 * attribution.
 *
 * Use after `retext-english`, or under remark-retext or rehype-retext: the
 * offsets point into the Markdown or HTML document, and syntax between the
 * words (`[`, `](…)`, `<a …>`) stays out of source names (spans it
 * interrupts get `parts`). On plain text the result is the same as
 * `extractAttributions(String(file), options)`. Options are checked when
 * the plugin is attached: a `TypeError` says what was expected.
 *
 * @param options Extraction options and `messages`.
 */
const retextAttribution: Plugin<[(RetextAttributionOptions | null | undefined)?], Root> = function (options) {
  validateOptions(options)
  if (options?.messages !== undefined && options.messages !== null && typeof options.messages !== 'boolean') {
    throw new TypeError(`whosaid: expected \`options.messages\` to be a boolean, got ${typeof options.messages}`)
  }
  const settings = options ?? undefined
  return function (tree, file) {
    const text = String(file)
    const result = analyseTree(tree, text, settings)
    file.data.attributions = result.attributions
    file.data.sources = result.sources
    file.data.skipped = result.skipped
    if (settings?.messages) reportAttributions(file, text, result)
  }
}

export default retextAttribution
