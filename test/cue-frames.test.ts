/**
 * Verb frames the rules read since issue 10's cue-recall work: a participle
 * after a closing quotation mark whose comma stands inside it, and a subject
 * written with its contracted auxiliary ("He's telling …"), split at the
 * apostrophe, and a relative ", who" with a strong verb inside a source read
 * after "said", which is a cue of its own. One case per behaviour, each with
 * the full expected result; all sentences are invented for this suite.
 */
import {describe, it} from 'vitest'
import {runCase, type Case} from './helpers.js'

const person = {kind: 'person', anonymous: false} as const
const pronoun = {kind: 'person', anonymous: true} as const

const cases: Case[] = [
  {
    name: 'a participle after “…,” continues the clause and inherits its source',
    input:
      'Ms. Varga defended the levy as “a fair price for clean water,” adding that the county would audit it each spring.',
    count: 2,
    expect: [
      {
        cue: 'defended',
        content: 'the levy as “a fair price for clean water',
        mode: 'mixed',
        source: 'Ms. Varga',
        via: null,
        rule: 'verb-subject',
        category: 'stance',
        ...person
      },
      {
        cue: 'adding',
        content: 'that the county would audit it each spring',
        mode: 'indirect',
        source: 'Ms. Varga',
        via: null,
        rule: 'verb-participle',
        category: 'speech',
        ...person
      }
    ]
  },
  {
    name: 'a contracted "is" before an "-ing" form is the group\'s auxiliary, not a participle',
    input: 'He’s telling donors that the bridge will open in May.',
    count: 1,
    expect: [
      {
        cue: '’s telling',
        content: 'that the bridge will open in May',
        mode: 'indirect',
        source: 'He',
        via: null,
        rule: 'verb-subject',
        category: 'speech',
        ...pronoun
      }
    ]
  },
  {
    name: 'a contracted "are" likewise, with an object and an infinitive',
    input: "They're urging the council to delay the vote.",
    count: 1,
    expect: [
      {
        cue: "'re urging",
        content: 'the council to delay the vote',
        mode: 'indirect',
        source: 'They',
        via: null,
        rule: 'verb-subject',
        category: 'stance',
        kind: 'group',
        anonymous: true
      }
    ]
  },
  {
    name: 'a contracted "has" before a past form: the source ends at the apostrophe',
    input: "She's argued that the ferry costs too much.",
    count: 1,
    expect: [
      {
        cue: "'s argued",
        content: 'that the ferry costs too much',
        mode: 'indirect',
        source: 'She',
        via: null,
        rule: 'verb-subject',
        category: 'stance',
        ...pronoun
      }
    ]
  },
  {
    name: 'a source after its verb with "who" and no comma keeps its phrase whole',
    input: '“The pier is safe,” said one engineer who spoke on condition of anonymity.',
    count: 1,
    expect: [
      {
        cue: 'said',
        content: '“The pier is safe,”',
        mode: 'direct',
        source: 'one engineer who spoke on condition of anonymity',
        via: null,
        rule: 'verb-postposed',
        category: 'speech',
        kind: 'person',
        anonymous: true
      }
    ]
  },
  {
    name: 'a source after its verb ends before ", who" and a strong verb, a cue of its own whose source is "who"',
    input: '“The pier is safe,” said Ms. Lark, who added that the rails were new.',
    count: 2,
    expect: [
      {
        cue: 'said',
        content: '“The pier is safe,”',
        mode: 'direct',
        source: 'Ms. Lark',
        via: null,
        rule: 'verb-postposed',
        category: 'speech',
        ...person
      },
      {
        cue: 'added',
        content: 'that the rails were new',
        mode: 'indirect',
        source: 'who',
        antecedent: 'Ms. Lark',
        via: null,
        rule: 'verb-subject',
        category: 'speech',
        sameSourceAs: 0,
        ...person
      }
    ]
  },
  {
    name: 'a ", who" clause with no reporting verb stays part of the source after the verb',
    input: '“The pier is safe,” said Ms. Lark, who runs the harbor office.',
    count: 1,
    expect: [
      {
        cue: 'said',
        content: '“The pier is safe,”',
        mode: 'direct',
        source: 'Ms. Lark, who runs the harbor office',
        via: null,
        rule: 'verb-postposed',
        category: 'speech',
        ...person
      }
    ]
  },
  {
    name: '"who\'s" before an "-ing" form in a question opens no attribution',
    input: "Who's saying that the budget is short?",
    count: 0,
    expect: []
  }
]

describe('cue frames: participles after a quote, contracted auxiliaries, ", who" after a source', () => {
  for (const c of cases) it(c.name, () => runCase(c))
})
