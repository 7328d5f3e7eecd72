/**
 * Who each source is: the error classes of source names and kinds, each
 * with sentences of its own and the full expected source of one attribution
 * (name, kind, anonymity, gender, description, affiliation).
 */
import {describe, expect, it} from 'vitest'
import {formatSources} from '../src/cli/sources-text.js'
import {extractAttributions, summarizeSources} from '../src/index.js'

/** What a case checks of a source. */
interface Expected {
  name: string
  kind: string
  anonymous: boolean
  gender: string | null | undefined
  description: string | undefined
  affiliation: string | undefined
}

/** The source of the attribution whose cue is `cue` (its first occurrence). */
function sourceOf(text: string, cue: string): Expected | null {
  const result = extractAttributions(text)
  const attribution = result.attributions.find((a) => a.cue.text === cue)
  if (attribution === undefined) throw new Error(`no attribution with the cue "${cue}"`)
  if (attribution.source === null) return null
  const source = result.sources.find((s) => s.id === attribution.source!.sourceId)!
  const {name, kind, anonymous, gender, description, affiliation} = source
  return {name, kind, anonymous, gender, description, affiliation}
}

const person = (name: string, gender: string | null, description?: string, affiliation?: string): Expected => ({
  name,
  kind: 'person',
  anonymous: false,
  gender,
  description,
  affiliation
})
const body = (name: string, kind = 'organization'): Expected => ({
  name,
  kind,
  anonymous: false,
  gender: undefined,
  description: undefined,
  affiliation: undefined
})

describe('source spans end at the verb after a name', () => {
  it.each<[string, string, string, Expected]>([
    [
      'a second verb after "and": the subject of the first',
      'Ada Quell praised the ferry crews and said the strike had ended.',
      'said',
      person('Ada Quell', 'female')
    ],
    [
      'a title with "of" and its office before the name',
      'Minister of Fisheries Tomas Verne said the quota would stay.',
      'said',
      person('Tomas Verne', 'male', 'Minister of Fisheries')
    ]
  ])('%s', (_name, text, cue, expected) => {
    expect(sourceOf(text, cue)).toEqual(expected)
  })
})

describe('a leading preposition or place is no part of a name', () => {
  it.each<[string, string, string, Expected]>([
    [
      'a preposition opening the sentence',
      'Besides Lena Hart, the crew included two divers. Hart said the dive was safe.',
      'said',
      person('Lena Hart', 'female')
    ],
    [
      'a state before the name, after a title',
      'The judges praised Miss Vermont Clara Dunn on Sunday. Dunn said the night was long.',
      'said',
      person('Clara Dunn', 'female', 'Miss Vermont')
    ],
    [
      'a place of two words',
      'Fans cheered for Miss New Mexico Ruth Alvey. Alvey said the crowd was kind.',
      'said',
      person('Ruth Alvey', 'female', 'Miss New Mexico')
    ]
  ])('%s', (_name, text, cue, expected) => {
    expect(sourceOf(text, cue)).toEqual(expected)
  })
})

describe('organisations named like people', () => {
  it.each<[string, string, string, Expected]>([
    [
      'a head shared with surnames after a word that is no given name',
      'Brindle Hall said the beds were full.',
      'said',
      body('Brindle Hall')
    ],
    [
      'a brand whose last word is a common noun',
      'Kestrel Mobile said the outage was fixed.',
      'said',
      body('Kestrel Mobile')
    ],
    [
      'the same head after a given name is a person',
      'Stuart Hall said the book was done.',
      'said',
      person('Stuart Hall', 'male')
    ],
    [
      "the same head before a person's appositive is a person",
      'Lee Hall, a spokeswoman for the city council, said the beds were full.',
      'said',
      person('Lee Hall', 'female', 'a spokeswoman for the city council', 'the city council')
    ],
    ['an "Affairs" department', 'Northern Affairs said the claims were late.', 'said', body('Northern Affairs')],
    [
      'a capitalised document title of three words',
      'The Coastal Water Report said the bay was clean.',
      'said',
      body('The Coastal Water Report', 'document')
    ],
    [
      'a document head after a given name stays a person',
      'Rob Cable said the line was down.',
      'said',
      person('Rob Cable', 'male')
    ]
  ])('%s', (_name, text, cue, expected) => {
    expect(sourceOf(text, cue)).toEqual(expected)
  })
})

describe('pronouns go to people, not to other things', () => {
  it.each<[string, string, string, Expected | null]>([
    [
      'an organisation named like a person is passed over',
      'Ines Varga, a researcher at Kestrel Hall, led the study. “The beds are full,” she says.',
      'says',
      person('Ines Varga', 'female')
    ],
    [
      'a sentence opening with an -ing form names nobody',
      'Knowing Orrick was tired, the crew left early. She said the night was long.',
      'said',
      {name: 'She', kind: 'person', anonymous: true, gender: 'female', description: undefined, affiliation: undefined}
    ],
    [
      'a gendered noun before a name counts for its gender',
      'Ilkay Sorensen came with her husband Deniz Aksoy. “We love the town,” she said.',
      'said',
      person('Ilkay Sorensen', 'female')
    ],
    [
      'an -ing form opening the sentence is no subject of a participle',
      'Knowing Orrick was tired, the crew left early, saying the night was long.',
      'saying',
      null
    ],
    [
      '"he" is never the writer "I"',
      'I told the barber that beards were over. Theo Brandt laughed at that. “Short is back,” he says.',
      'says',
      person('Theo Brandt', 'male')
    ]
  ])('%s', (_name, text, cue, expected) => {
    expect(sourceOf(text, cue)).toEqual(expected)
  })
})

describe('descriptions and surnames find their entity', () => {
  it.each<[string, string, string, Expected]>([
    [
      '"the company" to the nearest named organisation',
      'Talvik Freight Lines opened a depot in Ostby. The company said the depot would hire forty people.',
      'said',
      body('Talvik Freight Lines')
    ],
    [
      'a description with a place before a lower-case ending is definite',
      'The Norvale Railway cut two routes. The Ostby-based railway said the trains were empty.',
      'said',
      body('Norvale Railway')
    ],
    [
      'a surname that is a common noun, opening a sentence',
      'Dana met Tom Cable at a bar. Cable told her the bar was closing.',
      'told',
      person('Tom Cable', 'male')
    ]
  ])('%s', (_name, text, cue, expected) => {
    expect(sourceOf(text, cue)).toEqual(expected)
  })
})

describe('a phrase that is never a source', () => {
  it.each<[string, string, string, Expected]>([
    [
      'before the subject of the cue',
      'Somehow, the family will say the house was sold.',
      'will say',
      {...body('the family', 'unknown'), anonymous: true}
    ],
    [
      'opening the claim of an inverted cue',
      'Somehow, the crew will find a way, Orla Finch adds.',
      'adds',
      person('Orla Finch', 'female')
    ]
  ])('a sentence adverb before a comma is no part of the source: %s', (_name, text, cue, expected) => {
    expect(sourceOf(text, cue)).toEqual(expected)
  })

  it('a claim opening with a sentence adverb is never taken for the source: the source after the cue is', () => {
    expect(sourceOf('Somehow, the family will manage, said relatives.', 'said')).toEqual({
      ...body('relatives', 'group'),
      anonymous: true
    })
  })
})

describe('possessives are no part of a name', () => {
  it.each<[string, string, string, Expected]>([
    [
      'a possessive entity gives its name without the ending',
      "Selma Orr's boat sank on Friday. Orr said the storm came fast.",
      'said',
      person('Selma Orr', 'female')
    ],
    [
      'a pronoun still passes over a possessive',
      "Ivo Brandt praised Selma Orr's crew. He said they were brave.",
      'said',
      person('Ivo Brandt', 'male')
    ],
    [
      'an organisation in the possessive',
      "Harlow House's board met. Harlow House said the beds were full.",
      'said',
      body('Harlow House')
    ]
  ])('%s', (_name, text, cue, expected) => {
    expect(sourceOf(text, cue)).toEqual(expected)
  })
})

describe('the sources table: members of a group share its claims', () => {
  it('each member of a coordinated source counts the group claim', () => {
    const summary = summarizeSources(
      extractAttributions('Tova Lind and Pavel Orsk said the deal was done. Lind said it took a year.')
    )
    expect(summary.sources.map(({name, kind, claims}) => ({name, kind, claims}))).toEqual([
      {name: 'Tova Lind', kind: 'person', claims: 2},
      {name: 'Tova Lind and Pavel Orsk', kind: 'group', claims: 1},
      {name: 'Pavel Orsk', kind: 'person', claims: 1}
    ])
    expect(summary.totals).toEqual({sources: 3, claims: 4, unsourced: 0})
  })

  it('the --sources text table lists the members with the group claim', () => {
    const summary = summarizeSources(
      extractAttributions('Tova Lind and Pavel Orsk said the deal was done. Lind said it took a year.')
    )
    expect(formatSources('deal.txt', summary, false)).toBe(
      'deal.txt: 3 sources, 4 claims, 0 without a source\n' +
        '  claims  relayed  source                    kind    gender  anonymous  channels\n' +
        '  ------  -------  ------------------------  ------  ------  ---------  --------\n' +
        '       2        0  Tova Lind                 person  female  no\n' +
        '       1        0  Tova Lind and Pavel Orsk  group   -       no\n' +
        '       1        0  Pavel Orsk                person  male    no\n' +
        '  anonymous: 0 of 3 sources (0%), 0 of 4 claims (0%)\n' +
        '  by kind:   sources: person 2 (67%), group 1 (33%)\n' +
        '             claims:  person 3 (75%), group 1 (25%)\n' +
        '  by gender: of 2 persons: female 1 (50%), male 1 (50%)\n' +
        '             their claims: female 2 (67%), male 1 (33%)\n\n'
    )
  })
})
