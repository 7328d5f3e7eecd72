/**
 * A reporting verb in the passive with an agent ("The plan was rejected by
 * most voters"): proposed as a `verb-broad` attribution whose source is the
 * agent and whose content is the subject, for the cue decider to judge. One
 * case per behaviour, each with the full expected result; all sentences are
 * invented for this suite. Read with no decider (`model: null`, `cues: 'broad'`),
 * so each case shows what the rule proposes.
 */
import {describe, it} from 'vitest'
import {runCase, type Case} from './helpers.js'

type Expected = Case['expect'][number]

const proposed = (
  cue: string,
  source: string,
  content: string,
  category: Expected['category'],
  kind: Expected['kind']
): Expected => ({
  cue,
  content,
  mode: 'indirect',
  source,
  via: null,
  rule: 'verb-broad',
  category,
  kind,
  anonymous: true
})

const cases: Case[] = [
  {
    name: 'a past passive: the agent is the source, the subject the content',
    input: 'The toll plan was rejected by most drivers in the valley.',
    count: 1,
    expect: [proposed('was rejected', 'most drivers in the valley', 'The toll plan', 'statement', 'group')]
  },
  {
    name: 'a perfect passive after an auxiliary',
    input: 'The new curfew has been praised by several shop owners.',
    count: 1,
    expect: [proposed('has been praised', 'several shop owners', 'The new curfew', 'stance', 'group')]
  },
  {
    name: 'the agent ends before a reason ("for …")',
    input: 'The harbour chief has been criticized by some captains for closing the pier.',
    count: 1,
    expect: [proposed('has been criticized', 'some captains', 'The harbour chief', 'stance', 'group')]
  },
  {
    name: 'the agent ends before a description ("as …")',
    input: 'Her budget was dismissed by the two aldermen as a wish list.',
    count: 1,
    expect: [proposed('was dismissed', 'the two aldermen', 'Her budget', 'statement', 'unknown')]
  },
  {
    name: 'no subject phrase before the group: nothing is proposed',
    input: 'After the vote, which was rejected by the board, nobody spoke.',
    count: 0,
    expect: []
  }
]

describe('passives with an agent (rule verb-broad)', () => {
  it.each(cases)('$name', (c) => {
    runCase({...c, options: {model: null, cues: 'broad'}})
  })
})
