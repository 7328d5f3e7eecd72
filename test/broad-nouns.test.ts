/**
 * The cue proposals added for issue 10's recall: reporting nouns in loose
 * frames (rule `nominal-broad`), listed verbs their rules pass over (proposed
 * as `verb-broad` with the verb's own lemma), the colon that joins a cue,
 * "is calling for", and a clause before a postposed cue that is no
 * appositive. Proposals are read with no decider (`model: null, cues:
 * 'broad'`), so that each case shows what the rules propose. One case per
 * behaviour, each with the full expected result; all sentences are invented
 * for this suite.
 */
import {describe, expect, it} from 'vitest'
import {extractAttributions} from '../src/index.js'
import {runCase, type Case} from './helpers.js'

const person = {kind: 'person', anonymous: false} as const
const pronoun = {kind: 'person', anonymous: true} as const
const broad = {model: null, cues: 'broad'} as const

const nouns: Case[] = [
  {
    name: 'a noun with no possessor before a "that" clause',
    input: 'The council heard allegations that the mill dumped waste.',
    count: 1,
    expect: [
      {
        cue: 'allegations',
        content: 'that the mill dumped waste',
        mode: 'indirect',
        source: null,
        via: null,
        rule: 'nominal-broad',
        category: 'stance'
      }
    ]
  },
  {
    name: 'a preposition joins the cue and its object is the content; the possessor is the source',
    input: 'Her criticism of the harbour plan was sharp.',
    count: 1,
    expect: [
      {
        cue: 'criticism of',
        content: 'the harbour plan',
        mode: 'indirect',
        source: 'Her',
        via: null,
        rule: 'nominal-broad',
        category: 'stance',
        ...pronoun
      }
    ]
  },
  {
    name: '"in X\'s view," opening the sentence: the rest is the content',
    input: "In Ms. Varga's view, the bridge should close.",
    count: 1,
    expect: [
      {
        cue: 'view',
        content: 'the bridge should close',
        mode: 'indirect',
        source: "Ms. Varga's",
        via: null,
        rule: 'nominal-broad',
        category: 'belief',
        ...person
      }
    ]
  },
  {
    name: '", in X\'s view." closing the sentence: what comes before is the content',
    input: "The bridge should close, in Ms. Varga's view.",
    count: 1,
    expect: [
      {
        cue: 'view',
        content: 'The bridge should close',
        mode: 'indirect',
        source: "Ms. Varga's",
        via: null,
        rule: 'nominal-broad',
        category: 'belief',
        ...person
      }
    ]
  },
  {
    name: 'a word that is a verb form too is a noun after a determiner',
    input: 'The calls for a recount, first heard in May, grew louder.',
    count: 1,
    expect: [
      {
        cue: 'calls for',
        content: 'a recount',
        mode: 'indirect',
        source: null,
        via: null,
        rule: 'nominal-broad',
        category: 'stance'
      }
    ]
  },
  {
    name: 'the same word after a name is the verb',
    input: 'Ms. Lee calls for a recount.',
    count: 1,
    expect: [
      {
        cue: 'calls for',
        content: 'a recount',
        mode: 'indirect',
        source: 'Ms. Lee',
        via: null,
        rule: 'verb-subject',
        category: 'stance',
        ...person
      }
    ]
  },
  {
    name: "no broad noun as the object of a cue just found (the verb's content holds it)",
    input: 'Ms. Okafor floated the idea that the ferry could run all night.',
    count: 1,
    expect: [
      {
        cue: 'floated',
        content: 'that the ferry could run all night',
        mode: 'indirect',
        source: 'Ms. Okafor',
        via: null,
        rule: 'verb-broad',
        category: 'stance',
        ...person
      }
    ]
  },
  {
    name: 'no broad noun in a cue\'s setting ("said in a joint statement that")',
    input: 'Ms. Okafor said in a joint statement that the ferry would run all night.',
    count: 1,
    expect: [
      {
        cue: 'said',
        content: 'that the ferry would run all night',
        mode: 'indirect',
        source: 'Ms. Okafor',
        via: null,
        rule: 'verb-subject',
        category: 'speech',
        ...person
      }
    ]
  },
  {
    name: 'no verb in a cue\'s setting ("said in a brief written statement that")',
    input: 'Ms. Okafor said in a brief written statement that the ferry would run all night.',
    count: 1,
    expect: [
      {
        cue: 'said',
        content: 'that the ferry would run all night',
        mode: 'indirect',
        source: 'Ms. Okafor',
        via: null,
        rule: 'verb-subject',
        category: 'speech',
        ...person
      }
    ]
  }
]

const verbs: Case[] = [
  {
    name: 'a listed verb with a plain object, which its rules pass over, is a broad proposal',
    input: 'Ms. Lee disputes the count.',
    count: 1,
    expect: [
      {
        cue: 'disputes',
        content: 'the count',
        mode: 'indirect',
        source: 'Ms. Lee',
        via: null,
        rule: 'verb-broad',
        category: 'statement',
        ...person
      }
    ]
  },
  {
    name: '"is calling for" is a call, not a naming',
    input: 'Ms. Lee is calling for a recount.',
    count: 1,
    expect: [
      {
        cue: 'is calling for',
        content: 'a recount',
        mode: 'indirect',
        source: 'Ms. Lee',
        via: null,
        rule: 'verb-subject',
        category: 'stance',
        ...person
      }
    ]
  },
  {
    name: 'a clause with an auxiliary between commas is no appositive: the source follows the cue',
    input: 'Somehow, the crew will win the race, adds Orla Finch.',
    count: 1,
    expect: [
      {
        cue: 'adds',
        content: 'Somehow, the crew will win the race',
        mode: 'indirect',
        source: 'Orla Finch',
        via: null,
        rule: 'verb-postposed',
        category: 'speech',
        ...person
      }
    ]
  },
  {
    name: 'a colon written right after the verb joins the cue',
    input: 'Quist wrote: the ferry will not run in March.',
    count: 1,
    expect: [
      {
        cue: 'wrote:',
        content: 'the ferry will not run in March',
        mode: 'indirect',
        source: 'Quist',
        via: null,
        rule: 'verb-colon',
        category: 'writing',
        ...person
      }
    ]
  }
]

describe('broad noun proposals (no decider)', () => {
  it.each(nouns)('$name', (c) => {
    runCase({...c, options: broad})
  })

  it('keeps the noun as the lemma and the rule prior as the confidence', () => {
    const {attributions} = extractAttributions(nouns[1].input, broad)
    expect(attributions.map((a) => [a.rule, a.lemma, a.confidence, a.cueScore])).toEqual([
      ['nominal-broad', 'criticism', 0.4, undefined]
    ])
  })

  it("proposes none with cues: 'rules'", () => {
    expect(extractAttributions(nouns[0].input, {model: null, cues: 'rules'}).attributions).toEqual([])
  })
})

describe('listed verbs and cue spans', () => {
  it.each(verbs)('$name', (c) => {
    runCase({...c, options: broad})
  })

  it('a listed verb read as a broad proposal keeps its lemma', () => {
    const {attributions} = extractAttributions(verbs[0].input, broad)
    expect(attributions.map((a) => [a.rule, a.lemma])).toEqual([['verb-broad', 'dispute']])
  })

  it("a listed verb its rules pass over gives nothing with cues: 'rules'", () => {
    expect(extractAttributions(verbs[0].input, {model: null, cues: 'rules'}).attributions).toEqual([])
  })
})
