/**
 * The organisation a source speaks for, when the text writes it: after the
 * name or role ("Lise Moreau of KVB", "a spokesman for the interior
 * ministry"), in the appositive ("Lee Park, a spokeswoman for the port
 * authority"), or before the role ("UFCW Local 832 president").
 */
import type {SourceKind} from '../types.js'
import {words} from './words.js'

/** Prepositions that tie a person to the body they speak for. */
const TIES: ReadonlySet<string> = new Set(['of', 'for', 'at', 'with', 'from'])

/** Whether a kind is a body a person can speak for. */
function isBody(kind: SourceKind): boolean {
  return kind === 'organization' || kind === 'media'
}

/** The phrase after the first tying preposition of `text`, up to the next comma, or ''. */
function afterTie(text: string): string {
  const all = words(text)
  for (let i = 0; i + 1 < all.length; i++) {
    if (!TIES.has(all[i].lower)) continue
    const rest = text.slice(all[i + 1].at)
    const comma = rest.indexOf(',')
    return (comma === -1 ? rest : rest.slice(0, comma)).trim()
  }
  return ''
}

/** The capitalised words that open `before`, up to the first word in lower case ("UFCW Local 832"), or ''. */
function leadingCapitals(before: string): string {
  const all = words(before)
  let end = 0
  while (end < all.length && (all[end].cap || /^\d/.test(all[end].w))) end++
  if (end === 0 || end === all.length) return ''
  return before.slice(0, all[end - 1].at + all[end - 1].w.length)
}

/**
 * The affiliation of a person: from the words after the name or role
 * (`after`), the appositive, then the words before the name (`before`), the
 * first whose phrase `kindOf` calls an organisation or outlet (or that opens
 * with an acronym, before the name); `null` when none does.
 */
export function affiliationOf(
  before: string,
  after: string,
  appositive: string,
  kindOf: (phrase: string) => SourceKind
): string | null {
  for (const phrase of [afterTie(after), afterTie(appositive)]) {
    if (phrase !== '' && isBody(kindOf(phrase))) return phrase
  }
  const lead = leadingCapitals(before)
  if (lead === '') return null
  const first = words(lead)[0].w
  return isBody(kindOf(lead)) || (first.length >= 2 && first === first.toUpperCase() && /^[A-Z]+$/.test(first))
    ? lead
    : null
}
