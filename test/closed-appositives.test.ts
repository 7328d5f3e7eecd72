/**
 * Source phrases written the conventional way, with the comma that closes an
 * appositive ("Jane Doe, 52, of Leeds, said …"), and a sentence-initial
 * "According to X, C" whose claim reads like an appositive of the source
 * ("According to the port authority, the old pier sank."). One case per
 * behaviour, each with the full expected result; all sentences are invented
 * for this suite.
 */
import {describe, it} from 'vitest'
import {runCase, type Case} from './helpers.js'

const cases: Case[] = [
  {
    name: 'a name, an age and a town, closed by a comma, before the verb',
    input: 'Jane Doe, 52, of Leeds, said the flood was the worst she had seen.',
    count: 1,
    expect: [
      {
        cue: 'said',
        content: 'the flood was the worst she had seen',
        mode: 'indirect',
        source: 'Jane Doe, 52, of Leeds',
        via: null,
        rule: 'verb-subject',
        category: 'speech',
        kind: 'person',
        anonymous: false,
        name: 'Jane Doe'
      }
    ]
  },
  {
    name: 'a name and a town, closed by a comma, before an auxiliary and an adverb',
    input: 'Piet Laan, of Ghent, has repeatedly said the ferry runs late.',
    count: 1,
    expect: [
      {
        cue: 'has repeatedly said',
        content: 'the ferry runs late',
        mode: 'indirect',
        source: 'Piet Laan, of Ghent',
        via: null,
        rule: 'verb-subject',
        category: 'speech',
        kind: 'person',
        anonymous: false,
        name: 'Piet Laan'
      }
    ]
  },
  {
    name: '"from" a town, closed by a comma',
    input: 'Ana Ruiz, from Vigo, told the paper that the nets came up empty.',
    count: 1,
    expect: [
      {
        cue: 'told',
        content: 'that the nets came up empty',
        mode: 'indirect',
        source: 'Ana Ruiz, from Vigo',
        via: null,
        rule: 'verb-subject',
        category: 'speech',
        kind: 'person',
        anonymous: false,
        name: 'Ana Ruiz'
      }
    ]
  },
  {
    name: 'a name, an age and a town after a quotation',
    input: '“The water came in fast,” Mira Sol, 47, of Dunmore, said.',
    count: 1,
    expect: [
      {
        cue: 'said',
        content: '“The water came in fast,”',
        mode: 'direct',
        source: 'Mira Sol, 47, of Dunmore',
        via: null,
        rule: 'verb-inverted',
        category: 'speech',
        kind: 'person',
        anonymous: false,
        name: 'Mira Sol'
      }
    ]
  },
  {
    name: '"According to X, C": a claim opening with "the" is not the source’s appositive',
    input: 'According to the port authority, the old pier sank.',
    count: 1,
    expect: [
      {
        cue: 'According to',
        content: 'the old pier sank',
        mode: 'indirect',
        source: 'the port authority',
        via: null,
        rule: 'according-to',
        category: 'report',
        kind: 'organization',
        anonymous: true
      }
    ]
  },
  {
    name: '"According to X, an appositive, C": the claim starts after the appositive',
    input: 'According to Omar Vey, a spokesman for the port, the old crane fell.',
    count: 1,
    expect: [
      {
        cue: 'According to',
        content: 'the old crane fell',
        mode: 'indirect',
        source: 'Omar Vey, a spokesman for the port',
        via: null,
        rule: 'according-to',
        category: 'report',
        kind: 'person',
        anonymous: false,
        name: 'Omar Vey'
      }
    ]
  }
]

describe('closed appositives and "According to X, C"', () => {
  it.each(cases)('$name', (c) => {
    runCase(c)
  })
})
