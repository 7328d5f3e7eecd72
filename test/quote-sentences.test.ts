/**
 * A quotation that makes up a sentence of its own right after an
 * attribution's sentence goes on that attribution's content, as one more
 * piece (`src/stages/quote-sentences.ts`). One case per behaviour, each with
 * the full expected result; all sentences are invented for this suite. Read
 * with the rules alone (`model: null`), so each case shows what the stage does.
 */
import {describe, it} from 'vitest'
import {runCase, type Case} from './helpers.js'

type Expected = Case['expect'][number]

/** A speech attribution of the rules, its content in `parts`. */
const said = (
  cue: string,
  source: string,
  content: string,
  parts: string[] | undefined,
  rule: string,
  mode: Expected['mode'] = 'direct',
  anonymous = true
): Expected => ({
  cue,
  content,
  ...(parts ? {parts} : {}),
  mode,
  source,
  via: null,
  rule,
  category: 'speech',
  kind: 'person',
  anonymous
})

const FIRST = '“The ferry will run all winter,”'
const SECOND = '“We have two new boats and the crews to sail them.”'

const cases: Case[] = [
  {
    name: 'words after the cue before the stop: the next sentence, a quote, goes on',
    input: `${FIRST} the harbour master said at the pier on Monday. ${SECOND}`,
    count: 1,
    expect: [
      said(
        'said',
        'the harbour master',
        `${FIRST} the harbour master said at the pier on Monday. ${SECOND}`,
        [FIRST, SECOND],
        'verb-inverted'
      )
    ]
  },
  {
    name: 'a postposed source with an appositive; a quote of two sentences goes on, the sentence after it does not',
    input: `${FIRST} said Ines Ortiz, the harbour master. “We have two new boats. The crews are ready.” Tickets go on sale in May.`,
    count: 1,
    expect: [
      said(
        'said',
        'Ines Ortiz, the harbour master',
        `${FIRST} said Ines Ortiz, the harbour master. “We have two new boats. The crews are ready.”`,
        [FIRST, '“We have two new boats. The crews are ready.”'],
        'verb-postposed',
        'direct',
        false
      )
    ]
  },
  {
    name: 'two quote sentences in a row both go on',
    input: `${FIRST} said Ines Ortiz. “We have two new boats.” “The crews are ready.”`,
    count: 1,
    expect: [
      said(
        'said',
        'Ines Ortiz',
        `${FIRST} said Ines Ortiz. “We have two new boats.” “The crews are ready.”`,
        [FIRST, '“We have two new boats.”', '“The crews are ready.”'],
        'verb-postposed',
        'direct',
        false
      )
    ]
  },
  {
    name: 'a claim that quotes in part takes the quote that follows',
    input: `The ferry will run “all winter long,” the harbour master said on Monday. ${SECOND}`,
    count: 1,
    expect: [
      said(
        'said',
        'the harbour master',
        `The ferry will run “all winter long,” the harbour master said on Monday. ${SECOND}`,
        ['The ferry will run “all winter long,”', SECOND],
        'verb-inverted',
        'mixed'
      )
    ]
  },
  {
    name: 'a claim that quotes no one keeps its content: the quote after it may be anyone’s',
    input: `The ferry will run all winter, the harbour master said on Monday. ${SECOND}`,
    count: 1,
    expect: [
      said('said', 'the harbour master', 'The ferry will run all winter', undefined, 'verb-inverted', 'indirect')
    ]
  },
  {
    name: 'a quote with a cue of its own stays with that cue',
    input: `${FIRST} the harbour master said. “We have two new boats,” she added.`,
    count: 2,
    expect: [
      said('said', 'the harbour master', FIRST, undefined, 'verb-inverted'),
      said('added', 'she', '“We have two new boats,”', undefined, 'verb-inverted')
    ]
  },
  {
    name: 'a quote the next sentence’s cue takes stays with it',
    input: `${FIRST} the harbour master said. “We have two new boats.” The council agreed.`,
    count: 2,
    expect: [
      said('said', 'the harbour master', FIRST, undefined, 'verb-inverted'),
      {...said('agreed', 'The council', '“We have two new boats.”', undefined, 'verb-inverted'), kind: 'organization'}
    ]
  },
  {
    name: 'a quote that is only part of its sentence does not go on',
    input: `${FIRST} the harbour master said. “Two new boats” arrived on Monday.`,
    count: 1,
    expect: [said('said', 'the harbour master', FIRST, undefined, 'verb-inverted')]
  },
  {
    name: 'a quote on a line of its own, under a signature, is the next signature’s',
    input: `“The ferry will run all winter.” ― Ines Ortiz\n${SECOND} ― Tomas Berg`,
    count: 2,
    expect: [
      said('―', 'Ines Ortiz', '“The ferry will run all winter.”', undefined, 'dash-signature', 'direct', false),
      said('―', 'Tomas Berg', SECOND, undefined, 'dash-signature', 'direct', false)
    ]
  }
]

describe('quote sentences after an attribution', () => {
  it.each(cases)('$name', (c) => {
    runCase({...c, options: {model: null}})
  })
})
