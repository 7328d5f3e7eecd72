/**
 * The name a source takes from a name as written: the fullest proper name,
 * without what only helps to read it: a bracketed acronym after it
 * ("Export Development Canada (EDC)") or a nickname in quotation marks
 * inside it ("Tomas “Tomi” Varga").
 */
import {bracketedAcronym} from './acronyms.js'

/** A nickname in straight or curly double quotation marks, with the space before it. */
const NICKNAME = / (?:"[^"\s]{1,20}"|“[^”\s]{1,20}”)(?= )/g

/** The name a source takes from `name` (see the file's comment); `name` itself when there is nothing to drop. */
export function properName(name: string): string {
  const plain = name.includes('"') || name.includes('“') ? name.replace(NICKNAME, '') : name
  return bracketedAcronym(plain)?.name ?? plain
}

/** "the" and the space after it, before a capital: the article of a name. */
const ARTICLE = /^[Tt]he\s+(?=\p{Lu})/u

/**
 * A name without a leading article before a capital ("The RCMP" → "RCMP",
 * "the Eastmere Water Board" → "Eastmere Water Board"), as entity names are
 * written in reference works and in named-entity annotation, where "the" is
 * the sentence's and not the body's; `name` itself otherwise ("the
 * country's Defense Ministry" keeps the article of its possessor).
 */
export function withoutArticle(name: string): string {
  const first = name.charCodeAt(0)
  return first === 84 || first === 116 ? name.replace(ARTICLE, '') : name
}
