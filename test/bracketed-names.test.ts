/**
 * What brackets after a name do to a source: a party tag or an acronym in
 * brackets stays in the source span but out of `Source.name`, and the
 * description keeps the tag without its brackets; an age between commas
 * before a relative clause leaves the name as the source. One case per
 * behaviour, each with the full expected source; all sentences are invented
 * for this suite.
 */
import {describe, expect, it} from 'vitest'
import {extractAttributions} from '../src/index.js'

interface Seen {
  source: string | undefined
  name: string | undefined
  kind: string | undefined
  description: string | null | undefined
}

/** The first attribution's source span, and its source's name, kind and description. */
function firstSource(text: string): Seen {
  const result = extractAttributions(text)
  const a = result.attributions[0]
  const s = result.sources.find((x) => x.id === a?.source?.sourceId)
  return {source: a?.source?.text, name: s?.name, kind: s?.kind, description: s?.description ?? null}
}

describe('brackets after a name', () => {
  it.each<[string, string, Seen]>([
    [
      'a title, a name and a party tag',
      'Sen. Jo Pratt (R-Ohio) said the levy would fail.',
      {source: 'Sen. Jo Pratt (R-Ohio)', name: 'Jo Pratt', kind: 'person', description: 'Sen., R-Ohio'}
    ],
    [
      'a party tag and an appositive',
      'Rep. Ana Ruiz (D-Calif.), a Democrat, said the levy would fail.',
      {
        source: 'Rep. Ana Ruiz (D-Calif.), a Democrat',
        name: 'Ana Ruiz',
        kind: 'person',
        description: 'Rep., D-Calif., a Democrat'
      }
    ],
    [
      'an organisation with its article and its acronym',
      'The Coastal Ferry Authority (CFA) said the route would close.',
      {
        source: 'The Coastal Ferry Authority (CFA)',
        name: 'Coastal Ferry Authority',
        kind: 'organization',
        description: null
      }
    ],
    [
      'a name, an age and a relative clause',
      'Ortega, 61, who has led the town since 2019, said she would not resign.',
      {source: 'Ortega', name: 'Ortega', kind: 'person', description: null}
    ]
  ])('%s', (_name, text, expected) => {
    expect(firstSource(text)).toEqual(expected)
  })
})
