/**
 * Coordinated sources: "Both Senator Ada Moll and Governor Rui Sato", "Ada
 * Moll, Rui Sato and Lena Hart", "the union and the company", "Mayor Ines
 * Ortega and her deputy, Paul Brandt", "Sarah and Tom Bexley" name a group
 * whose members are each a source of their own.
 */
/** Where one member is written, as offsets into the coordinated phrase. */
export interface MemberSpan {
  start: number
  end: number
  /** The surname the member shares with the last one ("Bexley" for "Sarah" in "Sarah and Tom Bexley"). */
  surname?: string
}

/**
 * What one part of a coordinated phrase is: a named person (`person`), a
 * given name alone (`given`, "Sarah"), a named organisation or outlet
 * (`body`), a description of a person, group or body that opens with a
 * determiner (`description`: "the company", "her deputy", "two nurses"),
 * or none of these (`null`).
 */
export type MemberClass = 'person' | 'given' | 'body' | 'description' | null

/** A comma (and an optional "and" after it) or an "and" between two members. */
const SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+/g
/** "of" inside a member. */
const OF = /\sof\s/i
/** "Both" before the first member. */
const BOTH = /^both\s+/i

/** One trimmed part of the phrase, what it is, and whether a bare comma comes before it. */
interface Piece extends MemberSpan {
  kind: MemberClass
  afterComma: boolean
}

/** The parts between separators (at most nine), trimmed, or `null` when there are more. */
function splitPieces(text: string, from: number): {start: number; end: number; afterComma: boolean}[] | null {
  const pieces: {start: number; end: number; afterComma: boolean}[] = []
  SEPARATOR.lastIndex = from
  let afterComma = false
  let match: RegExpExecArray | null
  while ((match = SEPARATOR.exec(text)) !== null) {
    if (pieces.length === 8) return null
    pieces.push({start: from, end: match.index, afterComma})
    afterComma = !/\band\b/.test(match[0])
    from = match.index + match[0].length
  }
  pieces.push({start: from, end: text.length, afterComma})
  for (const piece of pieces) {
    while (piece.start < piece.end && /\s/.test(text[piece.start])) piece.start++
    while (piece.end > piece.start && /\s/.test(text[piece.end - 1])) piece.end--
  }
  return pieces
}

/**
 * "her deputy, Paul Brandt": a description and the named person a bare
 * comma sets after it are one member, the person the description describes.
 */
function joinAppositives(pieces: Piece[], classOf: (phrase: string) => MemberClass, text: string): Piece[] {
  const joined: Piece[] = []
  for (const piece of pieces) {
    const last = joined[joined.length - 1]
    if (last?.kind === 'description' && piece.afterComma && piece.kind === 'person') {
      const whole = classOf(text.slice(last.start, piece.end))
      if (whole === 'person') {
        joined[joined.length - 1] = {...last, end: piece.end, kind: 'person'}
        continue
      }
    }
    joined.push(piece)
  }
  return joined
}

/**
 * The members of a coordinated phrase (two to eight), each part between
 * commas and "and" classified by `classOf`; otherwise `null`. Offsets are
 * into `text`, trimmed. Without "Both" before them, members named in one
 * word must not all be bare (`classOf` is told): "Procter and Gamble" is a
 * company. A given name alone takes the surname of a last member named in
 * full ("Sarah and Tom Bexley"). Named people and named bodies do not mix,
 * and a body named with "of" takes the name after it into its own ("the
 * Department of Health and Human Services" is one body); a description
 * joins either.
 */
export function coordinatedMembers(
  text: string,
  classOf: (phrase: string, bare: boolean) => MemberClass
): MemberSpan[] | null {
  if (!/\sand\s/.test(text)) return null
  const both = BOTH.exec(text)
  const bare = both === null
  const parts = splitPieces(text, both === null ? 0 : both[0].length)
  if (parts === null || parts.length < 2) return null
  const pieces: Piece[] = []
  for (const part of parts) {
    if (part.end === part.start) return null
    const kind = classOf(text.slice(part.start, part.end), bare)
    if (kind === null) return null
    pieces.push({...part, kind})
  }
  const members = joinAppositives(pieces, (phrase) => classOf(phrase, bare), text)
  if (members.length < 2) return null
  const last = members[members.length - 1]
  const lastName = text.slice(last.start, last.end)
  const space = lastName.lastIndexOf(' ')
  const surname = last.kind === 'person' && space > 0 ? lastName.slice(space + 1) : null
  let people = false
  let bodies = false
  for (let i = 0; i < members.length; i++) {
    const member = members[i]
    const next = members[i + 1]
    // "the Department of Health and Human Services": a name after "of" and "and" goes on with the body's.
    if (
      member.kind === 'body' &&
      next !== undefined &&
      next.kind !== 'description' &&
      OF.test(text.slice(member.start, member.end))
    )
      return null
    if (member.kind === 'given') {
      if (surname !== null && member !== last) member.surname = surname
      else if (bare) return null
    }
    people ||= member.kind === 'person' || member.kind === 'given'
    bodies ||= member.kind === 'body'
  }
  if (people && bodies) return null
  return members.map(({start, end, surname}) => (surname === undefined ? {start, end} : {start, end, surname}))
}
