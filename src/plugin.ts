import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {analyseTree} from './extract.js'
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

/**
 * retext plugin: find attributions in the document and store them on
 * `file.data.attributions` and `file.data.sources`, and what was left out
 * on `file.data.skipped`.
 *
 * Use after `retext-english`: `unified().use(retextEnglish).use(retextAttribution)`.
 * The result is the same as `extractAttributions(String(file), options)`.
 *
 * @param options Same options as `extractAttributions`.
 */
export default function retextAttribution(options?: Options) {
  return function (tree: Root, file: VFile): undefined {
    const result = analyseTree(tree, String(file), options)
    file.data.attributions = result.attributions
    file.data.sources = result.sources
    file.data.skipped = result.skipped
    return undefined
  }
}
