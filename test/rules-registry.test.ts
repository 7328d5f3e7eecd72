/**
 * The rule registry: the one list of rules that the results, the README,
 * `options.rules` and the evaluation read. All sentences are invented.
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {readmeTable, renderRulesTable} from '../scripts/rules-table.mjs'
import {extractAttributions, RULES} from '../src/index.js'
import {prior} from '../src/rules/registry.js'

/** One sentence per rule, with the confidence it has under `model: null`. */
const PRIORS: Array<{rule: string; input: string; cue: string; confidence: number}> = [
  {rule: 'verb-subject', input: 'Pask said the ferry would run late.', cue: 'said', confidence: 0.8},
  {rule: 'verb-inverted', input: 'The ferry would run late, Pask said.', cue: 'said', confidence: 0.85},
  {rule: 'verb-postposed', input: 'The ferry would run late, said Pask.', cue: 'said', confidence: 0.85},
  {rule: 'according-to', input: 'The ferry would run late, according to Pask.', cue: 'according to', confidence: 0.9},
  {rule: 'refusal', input: 'The ferry company declined to comment.', cue: 'declined to comment', confidence: 0.85},
  {
    rule: 'refusal',
    input: 'The ferry company did not respond to requests for comment.',
    cue: 'did not respond',
    confidence: 0.75
  }
]

describe('the rule registry', () => {
  it('holds each rule once, with a family, a trigger, a pattern and a default prior in (0, 1)', () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length)
    for (const rule of RULES) {
      expect(rule.trigger.length, rule.id).toBeGreaterThan(0)
      expect(rule.pattern.length, rule.id).toBeGreaterThan(0)
      for (const value of Object.values(rule.priors)) {
        expect(value, rule.id).toBeGreaterThan(0)
        expect(value, rule.id).toBeLessThan(1)
      }
    }
  })

  it('is frozen, so no caller can change a prior for everyone', () => {
    expect(Object.isFrozen(RULES)).toBe(true)
    expect(Object.isFrozen(RULES[0])).toBe(true)
  })

  it('gives the prior of a variant, and the default without one', () => {
    expect(prior('verb-inverted')).toBe(0.85)
    expect(prior('verb-inverted', 'quote-of-previous-sentence')).toBe(0.75)
    expect(prior('refusal', 'no-reply')).toBe(0.75)
  })

  it.each(PRIORS.map((c) => [`${c.rule}: ${c.input}`, c] as const))(
    '%s has its prior as confidence without a model',
    (_name, c) => {
      const [attribution] = extractAttributions(c.input, {model: null}).attributions
      expect({rule: attribution.rule, cue: attribution.cue.text, confidence: attribution.confidence}).toEqual({
        rule: c.rule,
        cue: c.cue,
        confidence: c.confidence
      })
    }
  )

  it('is the table of rules in the README', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')
    expect(readmeTable(readme)).toBe(renderRulesTable(RULES))
  })

  it('knows every rule the extraction reports on a mixed text', () => {
    const text = [
      'Pask said the ferry would run late. The levy is unfair, according to Reyes.',
      'The ferry company declined to comment. The fares reportedly rose.',
      'PASK: The timetable is a fiction.'
    ].join('\n\n')
    const ids = new Set(RULES.map((r) => r.id))
    const rules = extractAttributions(text).attributions.map((a) => a.rule)
    expect(rules).toEqual(['verb-subject', 'according-to', 'refusal', 'reportedly', 'transcript'])
    for (const rule of rules) expect(ids.has(rule)).toBe(true)
  })

  it('filters by rule without changing later calls (the option is part of the lexicon key)', () => {
    const text = 'Pask said the ferry would run late. The levy is unfair, according to Reyes.'
    expect(extractAttributions(text, {rules: ['according-to']}).attributions.map((a) => a.rule)).toEqual([
      'according-to'
    ])
    expect(extractAttributions(text, {rules: []}).attributions).toEqual([])
    expect(extractAttributions(text).attributions.map((a) => a.rule)).toEqual(['verb-subject', 'according-to'])
  })
})
