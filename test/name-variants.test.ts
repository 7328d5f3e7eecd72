/**
 * One body or person written two ways: an acronym and its expansion, a
 * given name that is also an opening word, a nickname in quotation marks,
 * a surname before the full name. Each case gives the full source of one
 * attribution (as written, name, kind) and the sieve that resolved it.
 */
import {describe, expect, it} from 'vitest'
import {extractAttributions} from '../src/index.js'
import {bracketedAcronym, initialsOf, isAcronymName} from '../src/entities/acronyms.js'
import {findEntityMentions} from '../src/entities/mentions.js'
import {properName} from '../src/entities/proper-name.js'

/** What a case checks of an attribution's source. */
interface Expected {
  written: string
  name: string
  kind: string
  anonymous: boolean
  resolvedBy: string
}

/** The source of the attribution whose cue is `cue` (its `nth` occurrence, from 0). */
function sourceOf(text: string, cue: string, nth: number): Expected {
  const result = extractAttributions(text)
  const attribution = result.attributions.filter((a) => a.cue.text === cue)[nth]
  if (attribution?.source == null) throw new Error(`no attribution with the cue "${cue}" and a source`)
  const mention = attribution.source
  expect(mention.text).toBe(text.slice(mention.start, mention.end))
  const source = result.sources.find((s) => s.id === mention.sourceId)!
  return {
    written: mention.text,
    name: source.name,
    kind: source.kind,
    anonymous: source.anonymous,
    resolvedBy: mention.resolvedBy!
  }
}

type Case = [string, string, string, number, Expected]

/** A named source. */
function named(written: string, name: string, kind: string, resolvedBy: string): Expected {
  return {written, name, kind, anonymous: false, resolvedBy}
}

describe('one source under two names takes its fullest proper name', () => {
  it.each<Case>([
    [
      'an acronym after its expansion, written before it',
      'Tavel Roads Ontario has run the ferries since 1990. TRO said the fares would stay.',
      'said',
      0,
      named('TRO', 'Tavel Roads Ontario', 'organization', 'acronym')
    ],
    [
      'an expansion after its acronym, with "of" and "the" inside',
      'NGB said the levy was small. Later the Northern Grain Board said it would fall.',
      'said',
      1,
      named('the Northern Grain Board', 'Northern Grain Board', 'organization', 'acronym')
    ],
    [
      'the acronym in brackets after the name in one source mention',
      'Coastal Ferry Authority (CFA), the island operator, said the boats were late. ' +
        'CFA said on Friday the boats were on time again.',
      'said',
      1,
      named('CFA', 'Coastal Ferry Authority', 'organization', 'exact')
    ],
    [
      'a given name that is also an opening word ("Will") before a surname',
      'Will Garrow, a welder based in Dunmore, looked at the rails. Garrow said the cold had cracked them.',
      'said',
      0,
      named('Garrow', 'Will Garrow', 'person', 'surname')
    ],
    [
      'a nickname in quotation marks inside the full name',
      'The lead singer, Tomas “Tomi” Varga, spoke to fans. Varga said the tour would go on.',
      'said',
      0,
      named('Varga', 'Tomas Varga', 'person', 'surname')
    ],
    [
      'a source mention that is the last word of a name with a nickname',
      'Later lead singer Tomas “Tomi” Varga told fans the tour would go on.',
      'told',
      0,
      named('Varga', 'Tomas Varga', 'person', 'surname')
    ],
    [
      'a pronoun that ends a run of capitalised words is no surname',
      '― Maren Quist She said the ferry would sail.',
      'said',
      0,
      {written: 'She', name: 'She', kind: 'person', anonymous: true, resolvedBy: 'new'}
    ],
    [
      'a surname quoted before the full name is written',
      'Garrow said the cold had cracked the rails. Will Garrow is a welder based in Dunmore.',
      'said',
      0,
      named('Garrow', 'Will Garrow', 'person', 'new')
    ]
  ])('%s', (_name, text, cue, nth, expected) => {
    expect(sourceOf(text, cue, nth)).toEqual(expected)
  })
})

describe('acronyms and initials', () => {
  it.each<[string, string]>([
    ['Export Tavel Canada', 'etc'],
    ['Bank of the Northern Isles', 'bni'],
    ['the Coastal Ferry Authority', 'cfa'],
    ['The Coastal Ferry Authority', 'cfa'],
    ['Local 832 Union', ''],
    ['Tavel', ''],
    ['Alpha Beta Gamma Delta Epsilon Zeta Eta', '']
  ])('the initials of "%s" are "%s"', (name, initials) => {
    expect(initialsOf(name)).toBe(initials)
  })

  it.each<[string, boolean]>([
    ['CFA', true],
    ['R', false],
    ['Cfa', false],
    ['ABCDEFG', false]
  ])('"%s" is an acronym: %s', (name, acronym) => {
    expect(isAcronymName(name)).toBe(acronym)
  })

  it.each<[string, ReturnType<typeof bracketedAcronym>]>([
    ['Coastal Ferry Authority (CFA)', {name: 'Coastal Ferry Authority', acronym: 'CFA'}],
    ['The Coastal Ferry Authority (CFA)', {name: 'The Coastal Ferry Authority', acronym: 'CFA'}],
    ['Coastal Ferry Authority (XYZ)', null],
    ['Coastal Ferry Authority', null]
  ])('the bracketed acronym of "%s"', (name, expected) => {
    expect(bracketedAcronym(name)).toEqual(expected)
  })

  it.each<[string, string]>([
    ['Coastal Ferry Authority (CFA)', 'Coastal Ferry Authority'],
    ['Tomas “Tomi” Varga', 'Tomas Varga'],
    ['Tomas "Tomi" Varga', 'Tomas Varga'],
    ['Tomas Varga', 'Tomas Varga']
  ])('the proper name of "%s" is "%s"', (name, expected) => {
    expect(properName(name)).toBe(expected)
  })
})

describe('entity runs over a nickname', () => {
  it.each<[string, string[]]>([
    ['Then Tomas “Tomi” Varga sang.', ['Then Tomas “Tomi” Varga']],
    ['Then Tomas "Tomi" Varga sang.', ['Then Tomas "Tomi" Varga']],
    ['Then Tomas “Tomi” sang.', ['Then Tomas', 'Tomi']],
    ['Then Tomas “tomi” Varga sang.', ['Then Tomas', 'Varga']]
  ])('"%s"', (text, runs) => {
    expect(findEntityMentions(text).map((m) => text.slice(m.start, m.end))).toEqual(runs)
  })
})
