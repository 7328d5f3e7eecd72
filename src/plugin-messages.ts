/**
 * The retext plugin's messages: one vfile message per attribution, placed
 * on its cue, so `vfile-reporter` and unified-engine can list them.
 */
import type {VFile} from 'vfile'
import {lineStarts, pointAt} from './line-index.js'
import type {Attribution, ExtractResult} from './types.js'

/** The longest content a message quotes, in characters. */
const CONTENT_LENGTH = 80

/**
 * Emit one informational message per attribution on `file`, in document
 * order: `source` is `'whosaid'`, `ruleId` the attribution's rule, `place`
 * the cue's position in `text`, `actual` the cue as written.
 */
export function reportAttributions(file: VFile, text: string, result: ExtractResult): void {
  const lines = lineStarts(text)
  const names = new Map(result.sources.map((source) => [source.id, source.name]))
  for (const attribution of result.attributions) {
    const place = {start: pointAt(lines, attribution.cue.start), end: pointAt(lines, attribution.cue.end)}
    const message = file.info(describe(attribution, names), {place, ruleId: attribution.rule, source: 'whosaid'})
    message.actual = attribution.cue.text
  }
}

/** `Mayor Ana Ruiz [said]: “The bridge stays shut …”`, on one line. */
function describe(attribution: Attribution, names: Map<string, string>): string {
  const who = attribution.source
    ? (names.get(attribution.source.sourceId) ?? attribution.source.text)
    : 'unnamed source'
  const cue = `${oneLine(who)} [${oneLine(attribution.cue.text)}]`
  if (!attribution.content) return `${cue} (${attribution.category}, no content)`
  // The pieces only: no markup between them, nor the cue inside a quote.
  const content = oneLine((attribution.content.parts ?? [attribution.content]).map((part) => part.text).join(' '))
  const shown = content.length > CONTENT_LENGTH ? content.slice(0, CONTENT_LENGTH - 1).trimEnd() + '…' : content
  return `${cue} (${attribution.category}, ${attribution.mode}): ${shown}`
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim()
}
