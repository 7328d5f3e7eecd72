/**
 * Source kinds from the gazetteers of src/lexicon/data/ (companies and
 * institutions, governments and countries, peoples, organisation suffixes
 * and heads, brands), kinds from how a name is built, and phrases that are
 * never a source.
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

/** Kinds that the build of a name decides: "The", "X of Y"; a company word last; a given name first. */
const builds: Array<[string, string, string[], ExpectedSource[]]> = [
  [
    '"The", a capitalised head, "of" and a name: a body, and "the port" points back to it',
    'The Port of Vellmar said cargo fell by a tenth. The port said it would hire more crane drivers.',
    ['verb-subject: The Port of Vellmar', 'verb-subject: The port'],
    [{name: 'Port of Vellmar', kind: 'organization', anonymous: false, mentions: ['The Port of Vellmar', 'The port']}]
  ],
  [
    '"the", a capitalised head, "of" and a name after the verb',
    'Crane traffic will slow, said the Port of Calder.',
    ['verb-postposed: the Port of Calder'],
    [{name: 'Port of Calder', kind: 'organization', anonymous: false, mentions: ['the Port of Calder']}]
  ],
  [
    '"The", capitalised words, "for" and a name',
    'The Guild for Harbour Pilots said the channel was too shallow.',
    ['verb-subject: The Guild for Harbour Pilots'],
    [
      {
        name: 'Guild for Harbour Pilots',
        kind: 'organization',
        anonymous: false,
        mentions: ['The Guild for Harbour Pilots']
      }
    ]
  ],
  [
    'a title before "of" stays a person, described',
    'The Archbishop of Wendmoor said the bells would ring.',
    ['verb-subject: The Archbishop of Wendmoor'],
    [
      {
        name: 'The Archbishop of Wendmoor',
        kind: 'person',
        anonymous: true,
        gender: null,
        mentions: ['The Archbishop of Wendmoor']
      }
    ]
  ],
  [
    'a company named by its trade (aviation)',
    'Corrin Aviation said the jets were grounded.',
    ['verb-subject: Corrin Aviation'],
    [named('Corrin Aviation', 'organization')]
  ],
  [
    'a company named by its trade (minerals)',
    'Dunlin Minerals said the seam was thinner than hoped.',
    ['verb-subject: Dunlin Minerals'],
    [named('Dunlin Minerals', 'organization')]
  ],
  [
    'a trade that is also a surname, after a word that is no given name',
    'Belmont Gold said the vein had run out.',
    ['verb-subject: Belmont Gold'],
    [named('Belmont Gold', 'organization')]
  ],
  [
    'a trade that is also a surname, after a given name',
    'Ada Gold said the vein had run out.',
    ['verb-subject: Ada Gold'],
    [{...named('Ada Gold', 'person'), gender: 'female'}]
  ],
  [
    'a given name before a province',
    'Kevin Alberta said the tour would go on.',
    ['verb-subject: Kevin Alberta'],
    [{...named('Kevin Alberta', 'person'), gender: 'male'}]
  ],
  [
    'a name that ends in a province, no given name first',
    'Clean Air Ontario said the smog had lifted.',
    ['verb-subject: Clean Air Ontario'],
    [named('Clean Air Ontario', 'organization')]
  ],
  [
    'a given name of either gender before a head shared with surnames',
    'Robin Park said the trail was closed.',
    ['verb-subject: Robin Park'],
    [{...named('Robin Park', 'person'), gender: null}]
  ],
  [
    'a head shared with surnames after a word that is no given name',
    'Westfold Park said the gates would open at noon.',
    ['verb-subject: Westfold Park'],
    [named('Westfold Park', 'organization')]
  ],
  [
    '"The" and one capitalised word: a person\'s name takes no article',
    'The Guild said its members would strike on Friday.',
    ['verb-subject: The Guild'],
    [{name: 'Guild', kind: 'organization', anonymous: false, mentions: ['The Guild']}]
  ],
  [
    '"The" and a word a given-name list also holds',
    'The Harbour Port said the cranes would stop at six.',
    ['verb-subject: The Harbour Port'],
    [{name: 'Harbour Port', kind: 'organization', anonymous: false, mentions: ['The Harbour Port']}]
  ],
  [
    'one of a party, described',
    'The Vermont Democrat said the vote would be close.',
    ['verb-subject: The Vermont Democrat'],
    [{name: 'The Vermont Democrat', kind: 'person', anonymous: true, gender: null, mentions: ['The Vermont Democrat']}]
  ],
  [
    'a role after a court\'s name with "of" inside it',
    'A High Court of Eastmere judge said the appeal would be heard in May.',
    ['verb-subject: A High Court of Eastmere judge'],
    [
      {
        name: 'A High Court of Eastmere judge',
        kind: 'person',
        anonymous: true,
        gender: null,
        mentions: ['A High Court of Eastmere judge']
      }
    ]
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

describe("kinds from a name's build", () => {
  it.each(builds)('%s', (_name, input, attributions, sources) => {
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
