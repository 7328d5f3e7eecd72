/**
 * The gazetteers of `data/`: organisation suffixes and heads, well-known
 * companies and institutions, governments and countries, phrases that are
 * never a source. Each is matched on whole lower-case words.
 */
import governments from './data/governments.json'
import nonSources from './data/non-sources.json'
import organizationWords from './data/organization-words.json'
import organizations from './data/organizations.json'

/** Legal-form suffixes written last ("Inc.", "GmbH"). */
export const ORGANIZATION_SUFFIXES: ReadonlySet<string> = new Set(organizationWords.suffixes)

/** Last words of organisation names ("Service", "Party", "Union"). */
export const ORGANIZATION_NAME_HEADS: ReadonlySet<string> = new Set(organizationWords.heads)

/** Last words of organisation names that are also surnames ("House", "Mobile"): see `sharedHeads` in the data. */
export const ORGANIZATION_SHARED_HEADS: ReadonlySet<string> = new Set(organizationWords.sharedHeads)

/** How a personal name with a capital inside may start ("mc", "de", "o'"). */
export const NAME_PREFIXES: readonly string[] = organizationWords.namePrefixes

/** Well-known companies and institutions by full name ("samsung", "doctors without borders"). */
export const KNOWN_ORGANIZATIONS: ReadonlySet<string> = new Set(organizations.names)

/** Countries, provinces and states, and seats of government ("ottawa", "downing street"). */
export const GOVERNMENTS: ReadonlySet<string> = new Set([...governments.countries, ...governments.seats])

/** Peoples and party members that speak as a group ("canadians", "democrats"). */
export const DEMONYMS: ReadonlySet<string> = new Set(governments.demonyms)

const LABELS: ReadonlySet<string> = new Set([...nonSources.labels, ...nonSources.captions])
const NEVER_SOURCES: ReadonlySet<string> = new Set([...nonSources.days, ...nonSources.months, ...nonSources.adverbs])

/** Whether `key` is printable ASCII with no two spaces in a row: squeezing white space would leave it as it is. */
function singleSpaced(key: string): boolean {
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i)
    if (code === 32 ? key.charCodeAt(i + 1) === 32 : code < 33 || code > 126) return false
  }
  return true
}

/**
 * Whether a source phrase says nothing: a day or month name or a sentence
 * adverb ("Friday", "Somehow") anywhere; a section label or a caption
 * ("ENERGY", "Watch") when `label` is set (the phrase stands before a colon
 * or after a dash) or it is written in capitals. The whole phrase must
 * match, in any case, with a final colon or possessive left out.
 */
export function isNeverSource(phrase: string, label: boolean): boolean {
  const trimmed = phrase.trim()
  if (trimmed.length === 0 || trimmed.length > 40) return false
  let key = trimmed.toLowerCase()
  if (key.endsWith(':')) key = key.slice(0, -1).trimEnd()
  if (!singleSpaced(key)) key = key.replace(/\s+/g, ' ')
  // Whether the phrase is in capitals is asked only of a listed label: no upper-case copy of every phrase.
  if (NEVER_SOURCES.has(key) || (LABELS.has(key) && (label || trimmed === trimmed.toUpperCase()))) return true
  if (!key.endsWith("'s") && !key.endsWith('’s')) return false
  key = key.slice(0, -2)
  return NEVER_SOURCES.has(key) || (LABELS.has(key) && (label || trimmed === trimmed.toUpperCase()))
}
