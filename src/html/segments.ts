/**
 * Cut a text into the stretches the annotated view shows: every place where
 * a cue, content, source or channel of some attribution starts or ends is a
 * cut, so the pieces cover the text exactly, in order, and each knows, per
 * role, the innermost attribution that marks it.
 */
import type {Attribution, Span} from '../types.js'

/** The parts of an attribution the view highlights. */
export type Role = 'cue' | 'content' | 'source' | 'via'

/** The roles, in the order the view prefers them when a piece has several. */
export const ROLES: readonly Role[] = ['cue', 'source', 'via', 'content']

/** One stretch of the text and, per role, the innermost attribution marking it (none: the role is absent). */
export interface Segment {
  start: number
  end: number
  roles: Partial<Record<Role, number>>
}

/** One highlighted span of one attribution. */
export interface Mark extends Span {
  role: Role
  index: number
}

/**
 * Split `text` at every edge of the attributions' spans. The segments
 * cover `0 … text.length` without gaps or overlaps (an empty text gives no
 * segment). Per role, a segment names the innermost attribution marking it:
 * the one whose span opened last (the shorter one when two open together).
 * Time and output are linear in the number of spans, however deeply they
 * nest. Throws a `TypeError` when a span does not lie in `text` with its
 * own text, which means the result was not made from this text.
 */
export function segmentText(text: string, attributions: readonly Attribution[]): Segment[] {
  const marks = collectMarks(text, attributions).sort((a, b) => a.start - b.start || b.end - a.end)
  const points = new Set([0, text.length])
  for (const mark of marks) points.add(mark.start).add(mark.end)
  const cuts = [...points].sort((a, b) => a - b)
  const open: Record<Role, Mark[]> = {cue: [], content: [], source: [], via: []}
  const segments: Segment[] = []
  let next = 0
  for (let k = 0; k + 1 < cuts.length; k++) {
    const start = cuts[k]
    for (; next < marks.length && marks[next].start === start; next++) open[marks[next].role].push(marks[next])
    const roles: Partial<Record<Role, number>> = {}
    for (const role of ROLES) {
      const stack = open[role]
      while (stack.length > 0 && stack[stack.length - 1].end <= start) stack.pop()
      if (stack.length > 0) roles[role] = stack[stack.length - 1].index
    }
    segments.push({start, end: cuts[k + 1], roles})
  }
  return segments
}

/**
 * Every non-empty highlighted span of every attribution (each piece of a
 * span in pieces), checked against `text`.
 */
export function collectMarks(text: string, attributions: readonly Attribution[]): Mark[] {
  const marks: Mark[] = []
  attributions.forEach((attribution, index) => {
    const add = (role: Role, span: Span | null, parts?: readonly Span[]) => {
      if (span === null) return
      for (const [k, piece] of (parts ?? [span]).entries()) {
        checkSpan(text, piece, `attributions[${index}].${role}${parts ? `.parts[${k}]` : ''}`)
        if (piece.end > piece.start) marks.push({start: piece.start, end: piece.end, text: piece.text, role, index})
      }
    }
    add('cue', attribution.cue, attribution.cue.parts)
    add('content', attribution.content, attribution.content?.parts)
    add('source', attribution.source)
    add('via', attribution.via)
  })
  return marks
}

/** Throw a `TypeError` naming `path` unless `span` is `text.slice(start, end)`. */
export function checkSpan(text: string, span: Span, path: string): void {
  const {start, end} = span
  const inside = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length
  if (!inside || text.slice(start, end) !== span.text) {
    const what = `toHtml: ${path} (${start}–${end}) is not a span of this text`
    throw new TypeError(`${what}; pass the text that the result was made from`)
  }
}
