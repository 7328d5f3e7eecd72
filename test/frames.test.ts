/**
 * Everyday frames, source phrases and channels (the readers in spans.ts and
 * cues/channels.ts), one case per behaviour, each with the full expected
 * result. All sentences are invented for this suite; the claims' verbs are in
 * no cue list, so each frame is recognised by its shape.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {extractAttributions} from '../src/index.js'
import {runCase, type Case, type Expected} from './helpers.js'

const person = {kind: 'person', anonymous: false} as const
const role = {kind: 'person', anonymous: true} as const
const crowd = {kind: 'group', anonymous: true} as const
const media = {viaKind: 'media'} as const

/** An indirect speech attribution with a named person source. */
function said(cue: string, content: string, source: string, rule: string, more: Partial<Expected> = {}): Expected {
  return {cue, content, mode: 'indirect', source, via: null, rule, category: 'speech', ...person, ...more}
}

const channels: Case[] = [
  {
    name: 'In an interview with O, X said C',
    input: 'In an interview with Reuters, Mayor Ada Quist said the ferry had capsized near the pier.',
    count: 1,
    expect: [
      said('said', 'the ferry had capsized near the pier', 'Mayor Ada Quist', 'verb-subject', {
        via: 'Reuters',
        ...media
      })
    ]
  },
  {
    name: 'In remarks carried by O, X said C',
    input: 'In remarks carried by Reuters, Mayor Ada Quist said the ferry had capsized near the pier.',
    count: 1,
    expect: [
      said('said', 'the ferry had capsized near the pier', 'Mayor Ada Quist', 'verb-subject', {
        via: 'Reuters',
        ...media
      })
    ]
  },
  {
    name: 'an opening adverbial with no outlet gives no channel',
    input: 'In an interview on Sunday, Mayor Ada Quist said the ferry had capsized near the pier.',
    count: 1,
    expect: [said('said', 'the ferry had capsized near the pier', 'Mayor Ada Quist', 'verb-subject')]
  },
  {
    name: 'C, O reported, citing X (one attribution: X the source, O the channel)',
    input: 'The ferry capsized near the pier, Reuters reported, citing two harbour pilots.',
    count: 1,
    expect: [
      {
        cue: 'reported',
        content: 'The ferry capsized near the pier',
        mode: 'indirect',
        source: 'two harbour pilots',
        via: 'Reuters',
        ...media,
        rule: 'verb-inverted',
        category: 'report',
        ...crowd
      }
    ]
  },
  {
    name: 'O reported, citing X, that C',
    input: 'Reuters reported, citing two harbour pilots, that the ferry capsized near the pier.',
    count: 1,
    expect: [
      {
        cue: 'reported',
        content: 'that the ferry capsized near the pier',
        mode: 'indirect',
        source: 'two harbour pilots',
        via: 'Reuters',
        ...media,
        rule: 'verb-subject',
        category: 'report',
        ...crowd
      }
    ]
  },
  {
    name: 'C, O said, citing X (an anonymous official)',
    input: 'The ferry capsized near the pier, the BBC said, citing a port official.',
    count: 1,
    expect: [
      said('said', 'The ferry capsized near the pier', 'a port official', 'verb-inverted', {
        ...role,
        via: 'the BBC',
        ...media
      })
    ]
  },
  {
    name: 'citing after a source that is no outlet stays a cue of its own',
    input: 'The ferry capsized near the pier, the mayor said, citing the tide tables.',
    count: 2,
    expect: [
      said('said', 'The ferry capsized near the pier', 'the mayor', 'verb-inverted', role),
      {
        cue: 'citing',
        content: 'the tide tables',
        mode: 'indirect',
        source: 'the mayor',
        via: null,
        rule: 'verb-participle',
        category: 'report',
        ...role
      }
    ]
  },
  {
    name: 'X told O in an interview that C',
    input: 'Mayor Ada Quist told Reuters in an interview that the ferry had capsized near the pier.',
    count: 1,
    expect: [
      said('told', 'that the ferry had capsized near the pier', 'Mayor Ada Quist', 'verb-subject', {
        via: 'Reuters',
        ...media
      })
    ]
  },
  {
    name: "X said on O's programme that C (the channel is the outlet)",
    input: "Mayor Ada Quist said on the BBC's morning programme that the ferry had capsized near the pier.",
    count: 1,
    expect: [
      said('said', 'that the ferry had capsized near the pier', 'Mayor Ada Quist', 'verb-subject', {
        via: 'the BBC',
        ...media
      })
    ]
  },
  {
    name: 'X told O C (no "that": the outlet is the whole object)',
    input: 'Mayor Ada Quist told Reuters ferry crossings fell by half.',
    count: 1,
    expect: [
      said('told', 'ferry crossings fell by half', 'Mayor Ada Quist', 'verb-subject', {via: 'Reuters', ...media})
    ]
  },
  {
    name: 'X told O he … (the pronoun opens the claim)',
    input: 'Quist told Reuters he expected ferry crossings to fall by half.',
    count: 1,
    expect: [
      said('told', 'he expected ferry crossings to fall by half', 'Quist', 'verb-subject', {via: 'Reuters', ...media})
    ]
  }
]

const phrases: Case[] = [
  {
    name: 'a surname that is an auxiliary ("May") stays in the name',
    input: 'Councillor Ruth May said the ferry had capsized near the pier.',
    count: 1,
    expect: [said('said', 'the ferry had capsized near the pier', 'Councillor Ruth May', 'verb-subject')]
  },
  {
    name: 'a surname that is an auxiliary ("Will") before a verb group stays in the name',
    input: 'Otto Will has said the ferry had capsized near the pier.',
    count: 1,
    expect: [said('has said', 'the ferry had capsized near the pier', 'Otto Will', 'verb-subject')]
  },
  {
    name: 'a lower-case auxiliary after a subject stays in the verb group',
    input: 'The harbour master may say the ferry had capsized near the pier.',
    count: 1,
    expect: [
      said('may say', 'the ferry had capsized near the pier', 'The harbour master', 'verb-subject', {anonymous: true})
    ]
  },
  {
    name: 'name, age and town before the verb, no closing comma',
    input: 'Tomas Vell, 61, of Harrowgate said the ferry had capsized near the pier.',
    count: 1,
    expect: [said('said', 'the ferry had capsized near the pier', 'Tomas Vell, 61, of Harrowgate', 'verb-subject')]
  },
  {
    name: 'name and appositive before the verb, no closing comma',
    input: 'Tomas Vell, a retired ferry pilot said the hull had cracked overnight.',
    count: 1,
    expect: [said('said', 'the hull had cracked overnight', 'Tomas Vell, a retired ferry pilot', 'verb-subject')]
  },
  {
    name: 'C, name and appositive said (the name follows the claim)',
    input: 'The hull had cracked overnight, Tomas Vell, a retired ferry pilot said.',
    count: 1,
    expect: [said('said', 'The hull had cracked overnight', 'Tomas Vell, a retired ferry pilot', 'verb-inverted')]
  },
  {
    name: 'a place before the comma is no name: "In Harrowgate, a retired pilot said"',
    input: 'In Harrowgate, a retired pilot said the hull had cracked overnight.',
    count: 1,
    expect: [said('said', 'the hull had cracked overnight', 'a retired pilot', 'verb-subject', role)]
  },
  {
    name: 'one capitalised word opening the sentence is no name',
    input: 'Downstream, the ferry workers said the hull had cracked overnight.',
    count: 1,
    expect: [said('said', 'the hull had cracked overnight', 'the ferry workers', 'verb-subject', crowd)]
  },
  {
    name: 'senator with party and state, no closing comma',
    input: 'Rep. Ana Fisk, D-Ore said the hull had cracked overnight.',
    count: 1,
    expect: [said('said', 'the hull had cracked overnight', 'Rep. Ana Fisk, D-Ore', 'verb-subject')]
  },
  {
    name: 'C, said senator with party and state',
    input: 'The hull had cracked overnight, said Rep. Ana Fisk, D-Ore.',
    count: 1,
    expect: [said('said', 'The hull had cracked overnight', 'Rep. Ana Fisk, D-Ore', 'verb-postposed')]
  },
  {
    name: 'According to name, age and town, C',
    input: 'According to Tomas Vell, 61, of Harrowgate, the hull had cracked overnight.',
    count: 1,
    expect: [
      {
        cue: 'According to',
        content: 'the hull had cracked overnight',
        mode: 'indirect',
        source: 'Tomas Vell, 61, of Harrowgate',
        via: null,
        rule: 'according-to',
        category: 'report',
        ...person
      }
    ]
  },
  {
    name: '"who asked not to be identified" claims nothing',
    input: 'A port official, who asked not to be identified, said the hull had cracked overnight.',
    count: 1,
    expect: [said('said', 'the hull had cracked overnight', 'A port official', 'verb-subject', role)]
  },
  {
    name: 'a relative clause that no comma closes stays in the source',
    input: 'The hull had cracked overnight, a port official, who asked not to be named said.',
    count: 1,
    expect: [
      said(
        'said',
        'The hull had cracked overnight',
        'a port official, who asked not to be named',
        'verb-inverted',
        role
      )
    ]
  },
  {
    name: 'According to X, who asked not to be named, C',
    input: 'According to a port official, who asked not to be named, the hull had cracked overnight.',
    count: 1,
    expect: [
      {
        cue: 'According to',
        content: 'the hull had cracked overnight',
        mode: 'indirect',
        source: 'a port official, who asked not to be named',
        via: null,
        rule: 'according-to',
        category: 'report',
        ...role
      }
    ]
  },
  {
    name: "a plural-possessive organisation: the pilots' union (named)",
    input: "The pilots' union said the hull had cracked overnight.",
    count: 1,
    expect: [
      said('said', 'the hull had cracked overnight', "The pilots' union", 'verb-subject', {
        kind: 'organization',
        anonymous: false
      })
    ]
  },
  {
    name: "C, said the pilots' union",
    input: "The hull had cracked overnight, said the pilots' union.",
    count: 1,
    expect: [
      said('said', 'The hull had cracked overnight', "the pilots' union", 'verb-postposed', {
        kind: 'organization',
        anonymous: false
      })
    ]
  },
  {
    name: 'past a plural possessive a preposition ends the phrase',
    input: "Members of the pilots' union said the hull had cracked overnight.",
    count: 1,
    expect: [said('said', 'the hull had cracked overnight', "Members of the pilots' union", 'verb-subject', crowd)]
  },
  {
    name: 'people familiar with the matter: a group, anonymous',
    input: 'People familiar with the matter said the hull had cracked overnight.',
    count: 1,
    expect: [said('said', 'the hull had cracked overnight', 'People familiar with the matter', 'verb-subject', crowd)]
  },
  {
    name: 'officials close to the talks: a group, anonymous',
    input: 'Officials close to the talks said the hull had cracked overnight.',
    count: 1,
    expect: [said('said', 'the hull had cracked overnight', 'Officials close to the talks', 'verb-subject', crowd)]
  }
]

const groups: Array<[string, Case[]]> = [
  ['channels', channels],
  ['source phrases', phrases]
]

for (const [title, cases] of groups) {
  describe(title, () => {
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
      runCase(c)
    })
  })
}

/** Names, details after them and claims that the property below combines. */
const NAMES = ['Mira Castell', 'Sen. Jo Pratt', 'Ivo Renn', 'Dr. Lena Marsh', 'Hal Okafor']
const TAILS = [
  '',
  ', of Dunmore',
  ', of North Ashby',
  ', a retired welder',
  ', the harbour master',
  ', R-Ohio',
  ', D-Ore'
]
const CLAIMS = [
  'the ferry had capsized near the pier',
  'ticket sales sank by a third',
  'the old pier broke apart overnight'
]

describe('a name with its details, before or after the claim', () => {
  it('is the whole source, and the claim the whole content', () => {
    const phrase = fc
      .record({
        name: fc.constantFrom(...NAMES),
        age: fc.option(fc.integer({min: 18, max: 99})),
        tail: fc.constantFrom(...TAILS),
        claim: fc.constantFrom(...CLAIMS),
        inverted: fc.boolean()
      })
      // An age stands before a town or a description, not alone or before a party tag.
      .filter(({age, tail}) => age === null || (tail !== '' && !tail.includes('-')))
    fc.assert(
      fc.property(phrase, ({name, age, tail, claim, inverted}) => {
        const source = `${name}${age === null ? '' : `, ${age}`}${tail}`
        const text = inverted
          ? `${claim[0].toUpperCase()}${claim.slice(1)}, ${source} said.`
          : `${source} said ${claim}.`
        const {attributions} = extractAttributions(text)
        expect(
          attributions.map((a) => [a.cue.text, a.source?.text, a.content?.text.toLowerCase()]),
          text
        ).toEqual([['said', source, claim]])
      }),
      {numRuns: 150}
    )
  })
})
