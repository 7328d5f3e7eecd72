import type {Root} from 'nlcst'
import type {ExtractResult, Options} from './types.js'

/**
 * Find every attribution in `text`.
 * (Temporary skeleton; the pipeline is being written.)
 */
export function extractAttributions(text: string, options?: Options): ExtractResult {
  if (typeof text !== 'string') {
    throw new TypeError(`extractAttributions: expected \`text\` to be a string, got ${text === null ? 'null' : typeof text}`)
  }
  void options
  return {attributions: [], sources: []}
}

/** Run the stages on an already parsed tree (the retext plugin path). */
export function analyseTree(tree: Root, text: string, options?: Options): ExtractResult {
  void tree
  return extractAttributions(text, options)
}
