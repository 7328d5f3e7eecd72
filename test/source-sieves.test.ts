/**
 * Who a source is, class by class: pronouns to the nearest compatible
 * person, documents to their authors, names written after a description.
 * Each case gives the full source of one attribution and the sieve that
 * resolved it.
 */
import {describe, expect, it} from 'vitest'
import {extractAttributions} from '../src/index.js'

/** What a case checks of an attribution's source. */
interface Expected {
  /** The source phrase as written. */
  written: string
  name: string
  kind: string
  anonymous: boolean
  gender: string | null | undefined
  description: string | undefined
  affiliation: string | undefined
  resolvedBy: string
}

/** The source of the attribution whose cue is `cue` (its `nth` occurrence, from 0). */
function sourceOf(text: string, cue: string, nth = 0): Expected | null {
  const result = extractAttributions(text)
  const attribution = result.attributions.filter((a) => a.cue.text === cue)[nth]
  if (attribution === undefined) throw new Error(`no attribution with the cue "${cue}"`)
  const mention = attribution.source
  if (mention === null) return null
  expect(mention.text).toBe(text.slice(mention.start, mention.end))
  const source = result.sources.find((s) => s.id === mention.sourceId)!
  const {name, kind, anonymous, gender, description, affiliation} = source
  return {
    written: mention.text,
    name,
    kind,
    anonymous,
    gender,
    description,
    affiliation,
    resolvedBy: mention.resolvedBy!
  }
}

/** A person source. */
function person(
  written: string,
  name: string,
  gender: string | null,
  resolvedBy: string,
  description?: string
): Expected {
  return {written, name, kind: 'person', anonymous: false, gender, description, affiliation: undefined, resolvedBy}
}

/** An organisation source. */
function body(written: string, name: string, resolvedBy: string): Expected {
  return {
    written,
    name,
    kind: 'organization',
    anonymous: false,
    gender: undefined,
    description: undefined,
    affiliation: undefined,
    resolvedBy
  }
}

type Case = [string, string, string, number, Expected]

describe('pronoun: the nearest compatible person, source or only mentioned', () => {
  it.each<Case>([
    [
      'a woman the text turns to after a quote stands before the earlier speaker',
      '“We will reopen the mill,” Karin Dahl said. Astrid Nyberg runs the bakery next door. ' +
        'She said the street needed the jobs.',
      'said',
      1,
      person('She', 'Astrid Nyberg', 'female', 'pronoun')
    ],
    [
      'a name inside what someone reports is passed by',
      '“The mill stays open,” Karin Dahl said. The union said Astrid Nyberg had sold her shares. ' +
        'She said the vote was fair.',
      'said',
      2,
      person('She', 'Karin Dahl', 'female', 'pronoun')
    ],
    [
      'a surname alone, after the full name, mentions that person again',
      'Tamsin Orrick, the mayor, met Karin Dahl on Monday. “The pier stays,” Dahl said. ' +
        'Orrick toured the harbour later. She said the boats were safe.',
      'said',
      1,
      person('She', 'Tamsin Orrick', 'female', 'pronoun')
    ],
    [
      'a man of the other gender nearer than her is passed by',
      'Edda Lund chairs the board. Piet Hals joined it in May. She said the board would vote.',
      'said',
      0,
      person('She', 'Edda Lund', 'female', 'pronoun')
    ]
  ])('%s', (_name, text, cue, nth, expected) => {
    expect(sourceOf(text, cue, nth)).toEqual(expected)
  })
})

describe('a document says what its author says', () => {
  it.each<Case>([
    [
      'a capitalised name before the document',
      'The Harbour Authority statement said the ferry would sail at noon.',
      'said',
      0,
      body('The Harbour Authority statement', 'Harbour Authority', 'new')
    ],
    [
      'a possessive before the document',
      'The Eastmere Water Board met on Tuesday. The Eastmere Water Board’s report said the taps were safe.',
      'said',
      0,
      body('The Eastmere Water Board’s report', 'Eastmere Water Board', 'exact')
    ],
    [
      '"by" after the document',
      'The taps are safe, according to a report released by the Eastmere Water Board.',
      'according to',
      0,
      body('a report released by the Eastmere Water Board', 'Eastmere Water Board', 'new')
    ],
    [
      'a possessive pronoun: the person it stands for',
      'Edda Rask, the port director, closed the berths on Monday. Her statement said the berths were full.',
      'said',
      0,
      person('Her statement', 'Edda Rask', 'female', 'pronoun')
    ],
    [
      'a description of a body the text names before',
      'The Eastmere Parole Board met on Tuesday. The board decision said the man could leave in May.',
      'said',
      0,
      body('The board decision', 'Eastmere Parole Board', 'definite')
    ],
    [
      'a document titled in capitals stays a document',
      'The Coastal Water Report said the bay was clean.',
      'said',
      0,
      {
        written: 'The Coastal Water Report',
        name: 'The Coastal Water Report',
        kind: 'document',
        anonymous: false,
        gender: undefined,
        description: undefined,
        affiliation: undefined,
        resolvedBy: 'new'
      }
    ]
  ])('%s', (_name, text, cue, nth, expected) => {
    expect(sourceOf(text, cue, nth)).toEqual(expected)
  })
})

describe('description: a definite description of a person to the named person it describes', () => {
  it.each<Case>([
    [
      'an agent noun no list knows',
      'Nadia Orvell opened a bakery by the harbour in May. “The ovens run all night,” says the cheerful proprietor.',
      'says',
      0,
      person('the cheerful proprietor', 'Nadia Orvell', 'female', 'description')
    ],
    [
      'a gendered noun passes a person of the other gender by',
      'Greta Vahl sang first. Tomas Brill followed on the piano. “We rehearsed for a year,” the actress said.',
      'said',
      0,
      person('the actress', 'Greta Vahl', 'female', 'description')
    ],
    [
      'a name inside what an attribution reports is passed by',
      'Lena Ostby said Pavel Dorn had left the club. “We start again on Monday,” the tireless organiser said.',
      'said',
      1,
      person('the tireless organiser', 'Lena Ostby', 'female', 'description')
    ],
    [
      'a role with a capitalised place before it still points back',
      'Ines Marlow has lived in Dunmore for forty years. “The river was never this high,” said the Dunmore resident.',
      'said',
      0,
      person('the Dunmore resident', 'Ines Marlow', 'female', 'definite')
    ],
    [
      'one of a party, described, points back as a role does',
      'Senator Ada Voss spoke first. The Vermont Democrat said the vote would be close.',
      'said',
      0,
      person('The Vermont Democrat', 'Ada Voss', 'female', 'definite', 'Senator')
    ]
  ])('%s', (_name, text, cue, nth, expected) => {
    expect(sourceOf(text, cue, nth)).toEqual(expected)
  })
})

describe('a name written after a description is the name', () => {
  it.each<Case>([
    [
      'a named description, then the name after a comma',
      'The mayor’s aunt, Ines Brandt, said the hall would stay shut.',
      'said',
      0,
      person('The mayor’s aunt, Ines Brandt', 'Ines Brandt', 'female', 'new', 'The mayor’s aunt')
    ],
    [
      'the same after the verb',
      '“We print one copy at a time,” says the printer’s partner, Tobias Renner.',
      'says',
      0,
      person('the printer’s partner, Tobias Renner', 'Tobias Renner', 'male', 'new', 'the printer’s partner')
    ],
    [
      'a name after "named"',
      'A harbour official in Eastmere province named Orla told reporters the boats were back.',
      'told',
      0,
      person(
        'A harbour official in Eastmere province named Orla',
        'Orla',
        null,
        'new',
        'A harbour official in Eastmere province'
      )
    ],
    [
      'a document "called" something is no person',
      'A report called Clear Water said the bay was safe.',
      'said',
      0,
      {
        written: 'A report called Clear Water',
        name: 'A report called Clear Water',
        kind: 'document',
        anonymous: false,
        gender: undefined,
        description: undefined,
        affiliation: undefined,
        resolvedBy: 'new'
      }
    ]
  ])('%s', (_name, text, cue, nth, expected) => {
    expect(sourceOf(text, cue, nth)).toEqual(expected)
  })
})

describe('look-ahead: a description to the named person written soon after it', () => {
  it.each<Case>([
    [
      'a bare name opening the next sentence',
      'A Dunmore ferry pilot says the crossing is safer now. Oskar Lindqvist said the new buoys had helped.',
      'says',
      0,
      person('A Dunmore ferry pilot', 'Oskar Lindqvist', 'male', 'look-ahead')
    ],
    [
      'the later name joins the same source',
      'A Dunmore ferry pilot says the crossing is safer now. Oskar Lindqvist said the new buoys had helped.',
      'said',
      0,
      person('Oskar Lindqvist', 'Oskar Lindqvist', 'male', 'look-ahead')
    ],
    [
      'a name whose title holds the head, further on',
      'A rowing coach said the regatta would go ahead. The boats left at nine. Coach Maren Holm cheered from the bank.',
      'said',
      0,
      person('A rowing coach', 'Maren Holm', 'female', 'look-ahead', 'Coach')
    ],
    [
      'a name with a title only, opening the next sentence',
      'A High Court of Eastmere judge said the appeal would be heard. Justice Mira Tollan set the date for May.',
      'said',
      0,
      person('A High Court of Eastmere judge', 'Mira Tollan', 'female', 'look-ahead', 'Justice')
    ],
    [
      'a description of no known kind, before a name in the next sentence',
      'The busiest referee in the league finally said he was done. Tobias Wend has stepped down after nine seasons.',
      'finally said',
      0,
      person('The busiest referee in the league', 'Tobias Wend', 'male', 'look-ahead')
    ]
  ])('%s', (_name, text, cue, nth, expected) => {
    expect(sourceOf(text, cue, nth)).toEqual(expected)
  })

  it.each<[string, string, string, Expected]>([
    [
      'a name with a description of its own is someone new',
      'A harbour expert said rents would rise. Pia Sand, the head of a shipping firm, told reporters the same.',
      'said',
      {
        written: 'A harbour expert',
        name: 'A harbour expert',
        kind: 'person',
        anonymous: true,
        gender: null,
        description: undefined,
        affiliation: undefined,
        resolvedBy: 'new'
      }
    ],
    [
      'a name in brackets after the sentence is a credit, not its subject',
      'A police officer said the road was clear. (Jon Brask/Harbour News) The road opened at noon.',
      'said',
      {
        written: 'A police officer',
        name: 'A police officer',
        kind: 'person',
        anonymous: true,
        gender: null,
        description: undefined,
        affiliation: undefined,
        resolvedBy: 'new'
      }
    ],
    [
      'a description tied to someone by a possessive waits for no name',
      '“That is a cow,” says my neighbour. Edda Rune Farms sells the milk.',
      'says',
      {
        written: 'my neighbour',
        name: 'my neighbour',
        kind: 'person',
        anonymous: true,
        gender: null,
        description: undefined,
        affiliation: undefined,
        resolvedBy: 'new'
      }
    ],
    [
      'a name of the other gender does not fit a gendered noun',
      'A spokeswoman said the plant would close. Anders Kvist said the workers were told on Monday.',
      'said',
      {
        written: 'A spokeswoman',
        name: 'A spokeswoman',
        kind: 'person',
        anonymous: true,
        gender: 'female',
        description: undefined,
        affiliation: undefined,
        resolvedBy: 'new'
      }
    ],
    [
      'one of several waits for no name',
      'One ferry pilot said the crossing was safer. Oskar Lindqvist said the buoys had helped.',
      'said',
      {
        written: 'One ferry pilot',
        name: 'One ferry pilot',
        kind: 'person',
        anonymous: true,
        gender: null,
        description: undefined,
        affiliation: undefined,
        resolvedBy: 'new'
      }
    ],
    [
      'a name the text wrote before opens the next sentence (most often the next speaker)',
      'Oskar Lindqvist runs the ferry. A harbour pilot said the crossing was safer. Oskar Lindqvist said the buoys had helped.',
      'said',
      {
        written: 'A harbour pilot',
        name: 'A harbour pilot',
        kind: 'person',
        anonymous: true,
        gender: null,
        description: undefined,
        affiliation: undefined,
        resolvedBy: 'new'
      }
    ]
  ])('not when %s', (_name, text, cue, expected) => {
    expect(sourceOf(text, cue)).toEqual(expected)
  })
})

describe('no person where the words name none', () => {
  it.each<Case>([
    [
      'the people of a country, with what follows them',
      'Albertans with small farms said the new rules came too fast.',
      'said',
      0,
      {
        written: 'Albertans with small farms',
        name: 'Albertans with small farms',
        kind: 'group',
        anonymous: false,
        gender: undefined,
        description: undefined,
        affiliation: undefined,
        resolvedBy: 'new'
      }
    ],
    [
      'titles joined by a hyphen, with no name',
      'Vice-president said the plant would reopen in spring.',
      'said',
      0,
      {
        written: 'Vice-president',
        name: 'Vice-president',
        kind: 'person',
        anonymous: true,
        gender: null,
        description: undefined,
        affiliation: undefined,
        resolvedBy: 'new'
      }
    ],
    [
      "a body named in a document's phrase is no person whose description holds its head",
      'Council leader Priya Nandakumar said the roof leaked. ' +
        'The school, according to a survey released by the council, needs a new roof.',
      'according to',
      0,
      {
        written: 'a survey released by the council',
        name: 'a survey released by the council',
        kind: 'document',
        anonymous: true,
        gender: undefined,
        description: undefined,
        affiliation: undefined,
        resolvedBy: 'new'
      }
    ]
  ])('%s', (_name, text, cue, nth, expected) => {
    expect(sourceOf(text, cue, nth)).toEqual(expected)
  })
})

describe('gender: a pronoun opening the content is most often the source', () => {
  it.each<Case>([
    [
      'a possessive, for a given name used for both',
      'Quinn Ashdale said his crew would stay until the storm passed.',
      'said',
      0,
      person('Quinn Ashdale', 'Quinn Ashdale', 'male', 'new')
    ],
    [
      'the same with "her"',
      'Quinn Ashdale said her crew would stay until the storm passed.',
      'said',
      0,
      person('Quinn Ashdale', 'Quinn Ashdale', 'female', 'new')
    ]
  ])('%s', (_name, text, cue, nth, expected) => {
    expect(sourceOf(text, cue, nth)).toEqual(expected)
  })
})
