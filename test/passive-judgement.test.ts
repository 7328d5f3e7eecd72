/**
 * A reporting verb in the passive with no agent, whose complement says what
 * the subject is taken for ("The timetable is seen as a gift", "He was
 * accused of lying"): proposed as a `verb-broad` attribution with no source
 * whose content runs from the subject to the complement's end, for the cue
 * decider to judge. One case per behaviour, each with the full expected
 * result; all sentences are invented for this suite. Read with no decider
 * (`model: null`, `cues: 'broad'`), so each case shows what the rule proposes.
 */
import {describe, expect, it} from 'vitest'
import {extractAttributions} from '../src/index.js'
import type {CueCategory} from '../src/index.js'

interface Case {
  name: string
  input: string
  /** The one attribution proposed, or null when none is. */
  expect: {cue: string; content: string; category: CueCategory} | null
}

const cases: Case[] = [
  {
    name: '"as …": the subject and the complement are the claim',
    input: 'The new ferry timetable is seen as a gift to commuters.',
    expect: {cue: 'is seen', content: 'The new ferry timetable is seen as a gift to commuters', category: 'belief'}
  },
  {
    name: '"of …" after a perfect group',
    input: 'The harbour master has been accused of hiding the survey.',
    expect: {
      cue: 'has been accused',
      content: 'The harbour master has been accused of hiding the survey',
      category: 'stance'
    }
  },
  {
    name: 'a noun phrase ("is considered the …")',
    input: 'The old mill is considered the safest building in town.',
    expect: {
      cue: 'is considered',
      content: 'The old mill is considered the safest building in town',
      category: 'belief'
    }
  },
  {
    name: 'a quotation',
    input: 'Her proposal was labelled “a fairy tale” at the meeting.',
    expect: {
      cue: 'was labelled',
      content: 'Her proposal was labelled “a fairy tale” at the meeting',
      category: 'stance'
    }
  },
  {
    name: 'an adverb inside the group',
    input: 'The old pier is still considered the safest landing on the coast.',
    expect: {
      cue: 'is still considered',
      content: 'The old pier is still considered the safest landing on the coast',
      category: 'belief'
    }
  },
  {
    name: 'a past group of a speech verb',
    input: 'The grain silo was described as unsafe.',
    expect: {cue: 'was described', content: 'The grain silo was described as unsafe', category: 'speech'}
  },
  {
    name: 'near miss: a complement that says where or when, not what: nothing is proposed',
    input: 'The results were announced in the town hall.',
    expect: null
  },
  {
    name: 'near miss: a relative pronoun is no subject phrase: nothing is proposed',
    input: 'The levy, which was described as a stopgap, passed on Tuesday.',
    expect: null
  }
]

describe('passives with no agent and a judging complement (rule verb-broad)', () => {
  it.each(cases)('$name', (c) => {
    const result = extractAttributions(c.input, {model: null, cues: 'broad'})
    const got = result.attributions.map((a) => ({
      cue: a.cue.text,
      content: a.content?.text,
      parts: a.content?.parts,
      source: a.source,
      via: a.via,
      rule: a.rule,
      category: a.category,
      mode: a.mode
    }))
    const expected = c.expect && {
      ...c.expect,
      parts: undefined,
      source: null,
      via: null,
      rule: 'verb-broad',
      mode: c.expect.content.includes('“') ? 'mixed' : 'indirect'
    }
    expect(got).toEqual(expected ? [expected] : [])
  })
})
