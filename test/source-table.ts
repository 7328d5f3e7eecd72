/**
 * The comparable view of a result's sources for the kinds and gender tables:
 * every field but the offsets (which are checked against the input).
 */
import {expect} from 'vitest'
import type {ExtractResult, Gender, SourceKind} from '../src/index.js'

export interface ExpectedSource {
  name: string
  kind: SourceKind
  anonymous: boolean
  /** Present exactly when the source has the field (person sources, gender on). */
  gender?: Gender | null
  mentions: string[]
}

/** The sources of `result` as `ExpectedSource`s, after checking their offsets against `input`. */
export function viewSources(input: string, result: ExtractResult): ExpectedSource[] {
  return result.sources.map((s) => {
    for (const m of s.mentions) expect(m.text).toBe(input.slice(m.start, m.end))
    return {
      name: s.name,
      kind: s.kind,
      anonymous: s.anonymous,
      ...('gender' in s ? {gender: s.gender} : {}),
      mentions: s.mentions.map((m) => m.text)
    }
  })
}

/** Each attribution as "rule: source as written" ("-" when it has none). */
export function viewAttributions(result: ExtractResult): string[] {
  return result.attributions.map((a) => `${a.rule}: ${a.source ? a.source.text : '-'}`)
}
