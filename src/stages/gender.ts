/**
 * The gender of a person source, from what its mentions say: coreferent
 * pronouns ("she"), then honorifics and gendered nouns ("Mr.", "the
 * spokeswoman"), then a given name on the first list ("Anna Berg"), then one
 * only the second, weaker list has ("Tavita"), in that order of trust. Each kind of evidence is counted per source; the first kind whose
 * counts are not tied decides. No evidence, or a tie at every level, is `null`.
 */
import type {Gender} from '../types.js'

/** What one mention says of the gender of its source (`null`: nothing). */
export interface GenderEvidence {
  pronoun: Gender | null
  honorific: Gender | null
  givenName: Gender | null
  /** A given name only the second list has: a weaker guess. */
  guess?: Gender | null
}

/** Counts of female and male evidence of each kind for one source. */
export class GenderTally {
  private readonly counts = [0, 0, 0, 0, 0, 0, 0, 0]

  /** Count the evidence of one mention. */
  add(evidence: GenderEvidence): void {
    count(this.counts, 0, evidence.pronoun)
    count(this.counts, 2, evidence.honorific)
    count(this.counts, 4, evidence.givenName)
    count(this.counts, 6, evidence.guess ?? null)
  }

  /** Count what another tally holds, as if its evidence were given here. */
  merge(other: GenderTally): void {
    for (let i = 0; i < 8; i++) this.counts[i] += other.counts[i]
  }

  /** Whether any honorific or given name was counted. */
  hasNames(): boolean {
    const c = this.counts
    return c[2] + c[3] + c[4] + c[5] + c[6] + c[7] > 0
  }

  /** The gender the evidence gives, trusting pronouns, then honorifics, then given names, then guesses. */
  decide(): Gender | null {
    return this.upTo(8)
  }

  /** The gender the evidence gives, weaker guesses left out (what may overrule a pronoun's choice). */
  decideSure(): Gender | null {
    return this.upTo(6)
  }

  private upTo(levels: number): Gender | null {
    const c = this.counts
    for (let level = 0; level < levels; level += 2) {
      if (c[level] > c[level + 1]) return 'female'
      if (c[level + 1] > c[level]) return 'male'
    }
    return null
  }
}

function count(counts: number[], at: number, gender: Gender | null): void {
  if (gender === 'female') counts[at]++
  else if (gender === 'male') counts[at + 1]++
}

/** The other gender. */
export function opposite(gender: Gender): Gender {
  return gender === 'female' ? 'male' : 'female'
}
