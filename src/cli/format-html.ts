/** The HTML output: one annotated page, with one section per article or record. */
import {documentSection, errorSection, pageShell, renderSection} from '../html/page.js'
import type {Sink} from './sinks.js'

/**
 * A sink writing one page titled `title`: the page's head first, then each
 * entry's section as it comes (the annotated text and its sources table, or
 * the error), then the end of the page with its script. Nothing but the
 * current entry is held in memory.
 */
export function htmlSink(title: string): Sink {
  const {head, tail} = pageShell(title)
  return {
    begin: () => head,
    entry(label, outcome, text) {
      if ('error' in outcome) return [renderSection(errorSection(label, outcome.error))]
      if (text === null) return [renderSection(errorSection(label, 'no text'))]
      return [renderSection(documentSection(label, text, outcome.result))]
    },
    end: () => tail
  }
}
