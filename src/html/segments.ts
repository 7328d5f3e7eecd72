/**
 * Cut a text into the stretches the annotated view shows: every place where
 * a cue, content, source or channel of some attribution starts or ends is a
 * cut, so the pieces cover the text exactly, in order, and each knows which
 * attributions mark it in which role.
 */
import type {Attribution, Span} from '../types.js'

/** The parts of an attribution the view highlights. */
export type Role = 'cue' | 'content' | 'source' | 'via'

/** The roles, in the order the view prefers them when a piece has several. */
export const ROLES: readonly Role[] = ['cue', 'source', 'via', 'content']

/** One stretch of the text and the attributions that mark it. */
export interface Segment {
  start: number
  end: number
  /** For each role, the indices of the attributions marking this stretch, innermost (shortest span) first. */
  roles: Record<Role, number[]>
}

interface Mark extends Span {
  role: Role
  index: number
}

/**
 * Split `text` at every edge of the attributions' spans. The segments
 * cover `0 … text.length` without gaps or overlaps (an empty text gives no
 * segment). Throws a `TypeError` when a span does not lie in `text` with
 * its own text, which means the result was not made from this text.
 */
export function segmentText(text: string, attributions: readonly Attribution[]): Segment[] {
  const marks = collectMarks(text, attributions)
  const opening = new Map<number, Mark[]>()
  const points = new Set([0, text.length])
  for (const mark of marks) {
    points.add(mark.start).add(mark.end)
    const list = opening.get(mark.start)
    if (list === undefined) opening.set(mark.start, [mark])
    else list.push(mark)
  }
  const cuts = [...points].sort((a, b) => a - b)
  const active = new Set<Mark>()
  const segments: Segment[] = []
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [start, end] = [cuts[k], cuts[k + 1]]
    for (const mark of active) if (mark.end <= start) active.delete(mark)
    for (const mark of opening.get(start) ?? []) active.add(mark)
    segments.push({start, end, roles: rolesOf(active)})
  }
  return segments
}

/** The role lists of a set of marks, each innermost first, then in attribution order. */
function rolesOf(marks: ReadonlySet<Mark>): Record<Role, number[]> {
  const roles: Record<Role, number[]> = {cue: [], content: [], source: [], via: []}
  const sorted = [...marks].sort((a, b) => a.end - a.start - (b.end - b.start) || a.index - b.index)
  for (const mark of sorted) roles[mark.role].push(mark.index)
  return roles
}

/** Every non-empty highlighted span of every attribution, checked against `text`. */
function collectMarks(text: string, attributions: readonly Attribution[]): Mark[] {
  const marks: Mark[] = []
  attributions.forEach((attribution, index) => {
    const add = (role: Role, span: Span | null, parts?: readonly Span[]) => {
      if (span === null) return
      for (const [k, piece] of (parts ?? [span]).entries()) {
        checkSpan(text, piece, `attributions[${index}].${role}${parts ? `.parts[${k}]` : ''}`)
        if (piece.end > piece.start) marks.push({...piece, role, index})
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
    throw new TypeError(`toHtml: ${path} (${start}–${end}) is not a span of this text; pass the text that the result was made from`)
  }
}
