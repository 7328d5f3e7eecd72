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
