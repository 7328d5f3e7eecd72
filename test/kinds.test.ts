/**
 * Source kinds from the gazetteers of src/lexicon/data/ (companies and
 * institutions, governments and countries, peoples, organisation suffixes
 * and heads, brands), and phrases that are never a source.
 */
import {describe, expect, it} from 'vitest'
import {extractAttributions} from '../src/index.js'
import {isNeverSource} from '../src/lexicon/gazetteers.js'
import {viewAttributions, viewSources, type ExpectedSource} from './source-table.js'

const named = (name: string, kind: ExpectedSource['kind']): ExpectedSource => ({
  name,
  kind,
  anonymous: false,
  mentions: [name]
})

const kinds: Array<[string, string, string[], ExpectedSource[]]> = [
  [
    'a well-known company',
    'Nintendo said the console would ship in the spring.',
    ['verb-subject: Nintendo'],
    [named('Nintendo', 'organization')]
  ],
  [
    'a brand with a capital inside',
    'TransLink said the night buses would run late.',
    ['verb-subject: TransLink'],
    [named('TransLink', 'organization')]
  ],
  [
    'a capitalised preposition inside a name',
    'Reporters Without Borders said two journalists were held.',
    ['verb-subject: Reporters Without Borders'],
    [named('Reporters Without Borders', 'organization')]
  ],
  [
    'a legal-form suffix',
    'Lumeo Oyj said the talks had ended.',
    ['verb-subject: Lumeo Oyj'],
    [named('Lumeo Oyj', 'organization')]
  ],
  [
    'an organisation head written last',
    'Cedar Valley Railway said the line would reopen in May.',
    ['verb-subject: Cedar Valley Railway'],
    [named('Cedar Valley Railway', 'organization')]
  ],
  [
    'a company named by its trade',
    'Pinewood Foods said the recall was over.',
    ['verb-subject: Pinewood Foods'],
    [named('Pinewood Foods', 'organization')]
  ],
  [
    'a capitalised plural, "of" and a name',
    'Friends of the Old Harbour said the ferry should stay.',
    ['verb-subject: Friends of the Old Harbour'],
    [named('Friends of the Old Harbour', 'organization')]
  ],
  [
    'a group noun before "of" stays a group',
    'Members of the Council said the vote was fair.',
    ['verb-subject: Members of the Council'],
    [{name: 'Members of the Council', kind: 'group', anonymous: true, mentions: ['Members of the Council']}]
  ],
  [
    'a seat of government',
    'Downing Street said the minister would stay.',
    ['verb-subject: Downing Street'],
    [named('Downing Street', 'organization')]
  ],
  ['a country', 'Uruguay said the treaty was signed.', ['verb-subject: Uruguay'], [named('Uruguay', 'organization')]],
  [
    'a people',
    'Norwegians said they were worried about prices.',
    ['verb-subject: Norwegians'],
    [named('Norwegians', 'group')]
  ],
  [
    'a name prefix keeps a person a person',
    'Anna McAdam said the bridge was safe.',
    ['verb-subject: Anna McAdam'],
    [{...named('Anna McAdam', 'person'), gender: 'female'}]
  ]
]

const never: Array<[string, string, string[]]> = [
  ['a section label of a round-up', 'METALS: Copper rose two percent on the week.', []],
  [
    'a caption',
    'The mayor opened the new bridge on Monday.\n\nWATCH: Mayor greets the crowd at the opening\n\nThe crowd cheered for an hour.',
    []
  ],
  ['a page label in capitals', 'READ MORE: The council will vote on the budget.', []],
  [
    'a sentence adverb',
    'First though, Mara interrupted the meeting by ringing a bell and joking that she was late.',
    ['verb-participle: -']
  ]
]

describe('kinds from the gazetteers', () => {
  it.each(kinds)('%s', (_name, input, attributions, sources) => {
    const result = extractAttributions(input)
    expect(viewAttributions(result)).toEqual(attributions)
    expect(viewSources(input, result)).toEqual(sources)
  })
})

describe('never a source', () => {
  it.each(never)('%s', (_name, input, attributions) => {
    const result = extractAttributions(input)
    expect(viewAttributions(result)).toEqual(attributions)
    expect(result.sources).toEqual([])
  })

  const phrases: Array<[string, boolean, boolean]> = [
    ['ENERGY', false, true],
    ['Energy', false, false],
    ['Energy', true, true],
    ['Watch:', true, true],
    ['Friday', false, true],
    ["Friday's", false, true],
    ['Somehow', false, true],
    ['The council', true, false],
    ['', false, false]
  ]
  it.each(phrases)('isNeverSource(%j, label %s) is %s', (phrase, label, expected) => {
    expect(isNeverSource(phrase, label)).toBe(expected)
  })
})
