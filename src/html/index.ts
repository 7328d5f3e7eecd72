/**
 * whosaid/html: an annotated HTML view of an extraction result.
 *
 * A subpath of its own, so that the hast utilities load only for users of
 * the view, not with every import of `whosaid`.
 */
import type {ExtractResult} from '../types.js'
import {documentSection, renderPage} from './page.js'

/** Options for `toHtml`. */
export interface HtmlOptions {
  /** The page title and the heading of the document. Default `Attributions`. */
  title?: string
}

/**
 * Render `text` and its `result` (from `extractAttributions(text)`) as one
 * self-contained HTML page: inline style and a small inline script, nothing
 * fetched. Each cue, content, source and channel is highlighted in its own
 * style; hovering, tapping or focusing one selects its attribution and marks
 * all its parts together, with its rule and confidence shown; a side table
 * lists the sources (name, kind, gender, anonymous, mentions, claims). Every
 * character of `text` is escaped, so no input can add markup or script.
 *
 * Throws a `TypeError` when `text` is not a string, `result` is not an
 * extraction result, or a span of `result` is not a span of `text`.
 */
export function toHtml(text: string, result: ExtractResult, options: HtmlOptions = {}): string {
  if (typeof text !== 'string') throw new TypeError(`toHtml: expected the text as a string, got ${typeof text}`)
  if (
    result === null ||
    typeof result !== 'object' ||
    !Array.isArray(result.attributions) ||
    !Array.isArray(result.sources)
  ) {
    throw new TypeError('toHtml: expected a result {attributions, sources} from extractAttributions')
  }
  if (options === null || typeof options !== 'object') throw new TypeError('toHtml: expected options to be an object')
  if (options.title !== undefined && typeof options.title !== 'string') {
    throw new TypeError(`toHtml: expected options.title to be a string, got ${typeof options.title}`)
  }
  const title = options.title ?? 'Attributions'
  return renderPage(title, [documentSection(title, text, result)])
}
