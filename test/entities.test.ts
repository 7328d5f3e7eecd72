/**
 * Entities and sources: entity mentions anywhere in the text, names apart
 * from titles and roles, coreference by named sieves, coordinated sources.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {extractAttributions, type CoreferenceSieve, type Source} from '../src/index.js'
import {documentEntities} from '../src/entities/kinds.js'
import {findEntityMentions} from '../src/entities/mentions.js'
import {classify} from '../src/stages/sources.js'
import {newsText} from '../scripts/news-generator.mjs'

describe('entity mentions: runs of capitalised words anywhere', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      'a name and an organisation',
      'Tilde Marsh joined the Harbour Pilots Union last year.',
      ['Tilde Marsh', 'Harbour Pilots Union']
    ],
    [
      'a title and a middle initial',
      'Dr. Osric J. Vane met Prof. Ula Brenn.',
      ['Dr. Osric J. Vane', 'Prof. Ula Brenn']
    ],
    [
      'particles: al-, van, de',
      'Omar al-Rashed, Pieter van Dam and Luc de Brie spoke.',
      ['Omar al-Rashed', 'Pieter van Dam', 'Luc de Brie']
    ],
    [
      '"of" inside a name, not after a title',
      'The Bank of Eastmere hired Minister of Ports Ada Quell.',
      ['The Bank of Eastmere', 'Minister', 'Ports Ada Quell']
    ],
    ['a place and a possessive', "In Port Vell, Selma Orr's boat sank.", ['In Port Vell', "Selma Orr's"]],
    ['no capitals, no runs', 'the ferry was late again.', []]
  ]
  it.each(cases)('%s', (_name, input, runs) => {
    const found = findEntityMentions(input)
    expect(found.map((m) => input.slice(m.start, m.end))).toEqual(runs)
  })
})

describe('entities: runs that name someone, each repeat read as the first', () => {
  const cases: Array<[string, string, Array<[string, string]>]> = [
    [
      'a name opening a sentence, then inside one',
      'Tamsin Orrick spoke first. Then we heard from Tamsin Orrick again.',
      [
        ['Tamsin Orrick', 'person'],
        ['Tamsin Orrick', 'person']
      ]
    ],
    [
      'an opening word left out once, not the next time',
      'On Monday Eastmere Police Service officers came. Eastmere Police Service said Monday.',
      [
        ['Eastmere Police Service', 'organization'],
        ['Eastmere Police Service', 'organization']
      ]
    ],
    ['opening words alone name nobody', 'In The end we left.', []]
  ]
  it.each(cases)('%s', (_name, input, expected) => {
    // Twice: the second reading comes from what the first one kept.
    for (let round = 0; round < 2; round++) {
      const found = documentEntities(input, findEntityMentions(input))
      expect(found.map((e) => [input.slice(e.start, e.end), e.classified.kind])).toEqual(expected)
    }
  })
})

/** The fields of a source this file checks, without offsets. */
function view(source: Source): Record<string, unknown> {
  const {id, name, kind, anonymous, description, affiliation, members, mentions} = source
  return {id, name, kind, anonymous, description, affiliation, members, mentions: mentions.map((m) => m.text)}
}

describe('names and roles: Source.name, description, affiliation', () => {
  const cases: Array<[string, string, Record<string, unknown>]> = [
    [
      'a union title before the name',
      'TWU Local 12 president Remy Falk said the strike was over.',
      {
        id: 's1',
        name: 'Remy Falk',
        kind: 'person',
        anonymous: false,
        description: 'TWU Local 12 president',
        affiliation: 'TWU Local 12',
        members: undefined,
        mentions: ['TWU Local 12 president Remy Falk']
      }
    ],
    [
      'an appositive role with its organisation',
      'Noor Haddad, a spokeswoman for the Port Authority, said the cranes were idle.',
      {
        id: 's1',
        name: 'Noor Haddad',
        kind: 'person',
        anonymous: false,
        description: 'a spokeswoman for the Port Authority',
        affiliation: 'the Port Authority',
        members: undefined,
        mentions: ['Noor Haddad, a spokeswoman for the Port Authority']
      }
    ],
    [
      'an honorific',
      'Mr. Teodor Lusk said the ferry was full.',
      {
        id: 's1',
        name: 'Teodor Lusk',
        kind: 'person',
        anonymous: false,
        description: 'Mr.',
        affiliation: undefined,
        members: undefined,
        mentions: ['Mr. Teodor Lusk']
      }
    ],
    [
      'an unnamed role keeps its description as its name',
      'A spokesman for the water board said the pipes were old.',
      {
        id: 's1',
        name: 'A spokesman for the water board',
        kind: 'person',
        anonymous: true,
        description: undefined,
        affiliation: 'the water board',
        members: undefined,
        mentions: ['A spokesman for the water board']
      }
    ],
    [
      'an organisation keeps its name whole',
      'The Harbour Pilots Union said the boats would stay in port.',
      {
        id: 's1',
        name: 'Harbour Pilots Union',
        kind: 'organization',
        anonymous: false,
        description: undefined,
        affiliation: undefined,
        members: undefined,
        mentions: ['The Harbour Pilots Union']
      }
    ]
  ]
  it.each(cases)('%s', (_name, input, source) => {
    const result = extractAttributions(input)
    expect(result.sources.map(view)).toEqual([source])
  })
})

describe('coreference sieves: each source mention says which sieve tied it', () => {
  const cases: Array<[string, string, Array<[string, CoreferenceSieve, string]>]> = [
    [
      'surname to the full name given before',
      'Mara Quist opened the mill in May. Quist said the orders were up.',
      [['Quist', 'surname', 'Mara Quist']]
    ],
    // The first mention starts the source ('new'); the full name written later still names it.
    [
      'the full name given after the surname',
      'Quist said the orders were up. The mill, which Mara Quist opened in May, is busy.',
      [['Quist', 'new', 'Mara Quist']]
    ],
    [
      'given name to the full name',
      'Tobias Renner runs the ferry. Tobias said the crossing was rough.',
      [['Tobias', 'given-name', 'Tobias Renner']]
    ],
    [
      'pronoun to an entity that is no source, by gender',
      'Anna Berg, the mayor, met Karl Voss on Monday. She said the road would open.',
      [['She', 'pronoun', 'Anna Berg']]
    ],
    [
      'pronoun to the nearest source of its gender',
      'Anna Berg said the plan was sound. Karl Voss said it was not. She said he was wrong.',
      [
        ['Anna Berg', 'new', 'Anna Berg'],
        ['Karl Voss', 'new', 'Karl Voss'],
        ['She', 'pronoun', 'Anna Berg']
      ]
    ],
    [
      'definite description to the organisation it heads',
      "Iraq's Defence Ministry issued figures on Tuesday. The ministry said the toll had risen.",
      [['The ministry', 'definite', "Iraq's Defence Ministry"]]
    ],
    [
      'an age to the person',
      'Coach Lena Hart took over in June. “We have work to do,” the 41-year-old said.',
      [['the 41-year-old', 'definite', 'Lena Hart']]
    ],
    [
      'a role to the person it describes',
      'Veteran defender Mia Holt said the team was ready. Later the veteran defender said the coach had a plan.',
      [
        ['Veteran defender Mia Holt', 'new', 'Mia Holt'],
        ['the veteran defender', 'definite', 'Mia Holt']
      ]
    ],
    [
      'the same unnamed description written again',
      'Officials said the dam was safe. Officials said the river would fall.',
      [
        ['Officials', 'new', 'Officials'],
        ['Officials', 'exact', 'Officials']
      ]
    ]
  ]
  it.each(cases)('%s', (_name, input, expected) => {
    const result = extractAttributions(input)
    const names = new Map(result.sources.map((s) => [s.id, s.name]))
    expect(
      result.attributions.map((a) => [a.source?.text, a.source?.resolvedBy, names.get(a.source?.sourceId ?? '')])
    ).toEqual(expected)
  })

  it('a paragraph that only continues a quote belongs to the previous speaker', () => {
    const input =
      '“The pier will close,” said Ines Aro, the harbour master.\n\n“It will reopen in the spring, once the ice is gone.”'
    const result = extractAttributions(input)
    expect(
      result.attributions.map((a) => [a.source?.text, a.source?.resolvedBy, a.content?.parts?.map((p) => p.text)])
    ).toEqual([
      [
        'Ines Aro, the harbour master',
        'new',
        ['“The pier will close,”', '“It will reopen in the spring, once the ice is gone.”']
      ]
    ])
  })
})

describe('coordinated sources: a group with members, each a person source', () => {
  const cases: Array<[string, string, Array<Record<string, unknown>>]> = [
    [
      '"Both A and B said"',
      'Both Senator Ada Moll and Governor Rui Sato said the bridge was safe.',
      [
        {
          id: 's1',
          name: 'Senator Ada Moll and Governor Rui Sato',
          kind: 'group',
          anonymous: false,
          description: undefined,
          affiliation: undefined,
          members: ['s2', 's3'],
          mentions: ['Both Senator Ada Moll and Governor Rui Sato']
        },
        {
          id: 's2',
          name: 'Ada Moll',
          kind: 'person',
          anonymous: false,
          description: 'Senator',
          affiliation: undefined,
          members: undefined,
          mentions: ['Senator Ada Moll']
        },
        {
          id: 's3',
          name: 'Rui Sato',
          kind: 'person',
          anonymous: false,
          description: 'Governor',
          affiliation: undefined,
          members: undefined,
          mentions: ['Governor Rui Sato']
        }
      ]
    ],
    [
      '"A and B said"',
      'Tova Lind and Pavel Orsk said the vote was fair.',
      [
        {
          id: 's1',
          name: 'Tova Lind and Pavel Orsk',
          kind: 'group',
          anonymous: false,
          description: undefined,
          affiliation: undefined,
          members: ['s2', 's3'],
          mentions: ['Tova Lind and Pavel Orsk']
        },
        {
          id: 's2',
          name: 'Tova Lind',
          kind: 'person',
          anonymous: false,
          description: undefined,
          affiliation: undefined,
          members: undefined,
          mentions: ['Tova Lind']
        },
        {
          id: 's3',
          name: 'Pavel Orsk',
          kind: 'person',
          anonymous: false,
          description: undefined,
          affiliation: undefined,
          members: undefined,
          mentions: ['Pavel Orsk']
        }
      ]
    ],
    [
      'a member named again later is the same person source',
      'Both Senator Ada Moll and Governor Rui Sato said the bridge was safe. Moll said the repairs were done.',
      [
        {
          id: 's1',
          name: 'Senator Ada Moll and Governor Rui Sato',
          kind: 'group',
          anonymous: false,
          description: undefined,
          affiliation: undefined,
          members: ['s2', 's3'],
          mentions: ['Both Senator Ada Moll and Governor Rui Sato']
        },
        {
          id: 's2',
          name: 'Ada Moll',
          kind: 'person',
          anonymous: false,
          description: 'Senator',
          affiliation: undefined,
          members: undefined,
          mentions: ['Senator Ada Moll', 'Moll']
        },
        {
          id: 's3',
          name: 'Rui Sato',
          kind: 'person',
          anonymous: false,
          description: 'Governor',
          affiliation: undefined,
          members: undefined,
          mentions: ['Governor Rui Sato']
        }
      ]
    ],
    [
      'a company named with "and" is no coordination of people',
      'Bellow and Crane said sales were up.',
      [
        {
          id: 's1',
          name: 'Bellow and Crane',
          kind: 'group',
          anonymous: false,
          description: undefined,
          affiliation: undefined,
          members: undefined,
          mentions: ['Bellow and Crane']
        }
      ]
    ]
  ]
  it.each(cases)('%s', (_name, input, sources) => {
    const result = extractAttributions(input)
    expect(result.sources.map(view)).toEqual(sources)
  })

  it('a comma list gives every member', () => {
    const text = 'Tova Lind, Pavel Orsk and Ada Moll'
    const c = classify(text, false)
    expect([c.kind, c.name, c.members?.map((m) => text.slice(m.start, m.end))]).toEqual([
      'group',
      text,
      ['Tova Lind', 'Pavel Orsk', 'Ada Moll']
    ])
  })
})

describe('invariants of entities and groups on generated news text', () => {
  it('names come from the text, members are person sources, and every source mention has a sieve', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), {maxLength: 120}).map(newsText), (text) => {
        const result = extractAttributions(text)
        const byId = new Map(result.sources.map((s) => [s.id, s]))
        for (const s of result.sources) {
          if (!s.anonymous) expect(text.replace(/\s+/g, ' ')).toContain(s.name.replace(/\s+/g, ' '))
          for (const id of s.members ?? []) expect(byId.get(id)?.kind).toBe('person')
        }
        for (const a of result.attributions) if (a.source) expect(typeof a.source.resolvedBy).toBe('string')
        for (const m of findEntityMentions(text)) expect(m.end).toBeGreaterThan(m.start)
      }),
      {numRuns: 60}
    )
  })
})
