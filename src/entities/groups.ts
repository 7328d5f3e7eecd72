/**
 * Coordinated sources: "Both Senator Ada Moll and Governor Rui Sato", "Ada
 * Moll and Rui Sato", "Ada Moll, Rui Sato and Lena Hart" name a group whose
 * members are each a named person.
 */
/** Where one member is written, as offsets into the coordinated phrase. */
export interface MemberSpan {
  start: number
  end: number
}

/** A comma (and an optional "and" after it) or an "and" between two members. */
const SEPARATOR = /\s*,\s*(?:and\s+)?|\s+and\s+/g
/** "Both" before the first member. */
const BOTH = /^both\s+/i

/**
 * The members of a coordinated phrase, when every part between commas and
 * "and" is a named person by `isNamedPerson` (two parts at least, at most
 * eight); otherwise `null`. Offsets are into `text`, trimmed. Without "Both"
 * before them, members named in one word must not all be bare
 * (`isNamedPerson` is told): "Procter and Gamble" is a company.
 */
export function coordinatedMembers(
  text: string,
  isNamedPerson: (phrase: string, bare: boolean) => boolean
): MemberSpan[] | null {
  if (!/\sand\s/.test(text)) return null
  const members: MemberSpan[] = []
  const both = BOTH.exec(text)
  let from = both === null ? 0 : both[0].length
  SEPARATOR.lastIndex = from
  let match: RegExpExecArray | null
  const pieces: MemberSpan[] = []
  while ((match = SEPARATOR.exec(text)) !== null && pieces.length < 9) {
    pieces.push({start: from, end: match.index})
    from = match.index + match[0].length
  }
  pieces.push({start: from, end: text.length})
  if (pieces.length < 2 || pieces.length > 8) return null
  for (const piece of pieces) {
    let {start, end} = piece
    while (start < end && /\s/.test(text[start])) start++
    while (end > start && /\s/.test(text[end - 1])) end--
    if (end === start || !isNamedPerson(text.slice(start, end), both === null)) return null
    members.push({start, end})
  }
  return members
}
