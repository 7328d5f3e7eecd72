/**
 * Who each source is (issue 11): kinds of plural and shop descriptions,
 * coordinated groups of descriptions and bodies, pronouns by salience,
 * and name variants. Each case gives the full sources and, for each
 * attribution's source mention, its sieve and source.
 */
import {describe, expect, it} from 'vitest'
import {extractAttributions, type CoreferenceSieve, type Source} from '../src/index.js'
import {followingPronoun} from '../src/entities/following-pronoun.js'

type Expected = Omit<Source, 'mentions'>

/** The sources without their mentions, and each source mention as [text, sieve, source id]. */
function read(input: string): {mentions: Array<[string, CoreferenceSieve | undefined, string]>; sources: Expected[]} {
  const result = extractAttributions(input)
  return {
    mentions: result.attributions.flatMap((a) =>
      a.source
        ? [[a.source.text, a.source.resolvedBy, a.source.sourceId] as [string, CoreferenceSieve | undefined, string]]
        : []
    ),
    sources: result.sources.map(({mentions: _mentions, ...rest}) => rest)
  }
}

const person = (id: string, name: string, gender: Source['gender'], more: Partial<Expected> = {}): Expected => ({
  id,
  name,
  kind: 'person',
  anonymous: false,
  ...more,
  gender
})

describe('kinds: plurals of role nouns, shops, one of a role', () => {
  const cases: Array<[string, string, Expected]> = [
    [
      'a plural in -men is a group',
      'Local fishermen said the catch was poor.',
      {id: 's1', name: 'Local fishermen', kind: 'group', anonymous: true}
    ],
    [
      'a plural in -s of a role noun is a group',
      'Two anglers said the river was high.',
      {id: 's1', name: 'Two anglers', kind: 'group', anonymous: true}
    ],
    [
      'a shop is an organisation',
      'The bakery said it would close early.',
      {id: 's1', name: 'The bakery', kind: 'organization', anonymous: true}
    ],
    [
      'one of a role is a person',
      'One angler said the river was high.',
      {id: 's1', name: 'One angler', kind: 'person', anonymous: true, gender: null}
    ]
  ]
  it.each(cases)('%s', (_name, input, source) => {
    expect(read(input)).toEqual({mentions: [[source.name, 'new', 's1']], sources: [source]})
  })
})

describe('groups: descriptions, bodies and shared surnames as members', () => {
  const cases: Array<[string, string, Expected[]]> = [
    [
      'two descriptions of bodies',
      'The union and the company said the talks would resume.',
      [
        {id: 's1', name: 'The union and the company', kind: 'group', anonymous: true, members: ['s2', 's3']},
        {id: 's2', name: 'The union', kind: 'organization', anonymous: true},
        {id: 's3', name: 'the company', kind: 'organization', anonymous: true}
      ]
    ],
    [
      'a named person and a description with its name',
      'Mayor Ines Ortega and her deputy, Paul Brandt, said the bridge would reopen.',
      [
        {
          id: 's1',
          name: 'Mayor Ines Ortega and her deputy, Paul Brandt',
          kind: 'group',
          anonymous: false,
          members: ['s2', 's3']
        },
        person('s2', 'Ines Ortega', 'female', {description: 'Mayor'}),
        person('s3', 'Paul Brandt', 'male', {description: 'her deputy'})
      ]
    ],
    [
      'a given name alone shares the surname after it',
      'Sarah and Tom Bexley said the shop would close.',
      [
        {id: 's1', name: 'Sarah and Tom Bexley', kind: 'group', anonymous: false, members: ['s2', 's3']},
        person('s2', 'Sarah Bexley', 'female'),
        person('s3', 'Tom Bexley', 'male')
      ]
    ],
    [
      'a group and a person described',
      'Two teachers and a nurse said the clinic was full.',
      [
        {id: 's1', name: 'Two teachers and a nurse', kind: 'group', anonymous: true, members: ['s2', 's3']},
        {id: 's2', name: 'Two teachers', kind: 'group', anonymous: true},
        {id: 's3', name: 'a nurse', kind: 'person', anonymous: true, gender: null}
      ]
    ],
    [
      'a body named with "of" takes the name after "and" into its own',
      'The Department of Health and Human Services said the rule stands.',
      [{id: 's1', name: 'Department of Health and Human Services', kind: 'organization', anonymous: false}]
    ]
  ]
  it.each(cases)('%s', (_name, input, sources) => {
    const first = sources[0]
    const written = first.kind === 'organization' ? 'The ' + first.name : first.name
    expect(read(input)).toEqual({mentions: [[written, 'new', 's1']], sources})
  })
})

describe('pronouns by salience', () => {
  const cases: Array<[string, string, Array<[string, CoreferenceSieve, string]>, Expected[]]> = [
    [
      'the subject of a sentence before, not a name only mentioned after it',
      'Peter Holm ran the bridge crew for a decade. He drove beside Ansel Krauss on the night of the flood. “We saw the water rise,” he said.',
      [['he', 'pronoun', 's1']],
      [person('s1', 'Peter Holm', 'male')]
    ],
    [
      'no subject across a paragraph break: the nearest name',
      'Peter Holm ran the bridge crew for a decade.\n\nHe drove beside Ansel Krauss on the night of the flood. “We saw the water rise,” he said.',
      [['he', 'pronoun', 's1']],
      [person('s1', 'Ansel Krauss', 'male')]
    ],
    [
      'a pronoun right after a name tells its gender',
      'Karla Voss said the vote was close.\n\nFor Imbre Tallis, the count was a day she had waited for. “It was worth the wait,” she said.',
      [
        ['Karla Voss', 'new', 's1'],
        ['she', 'pronoun', 's2']
      ],
      [person('s1', 'Karla Voss', 'female'), person('s2', 'Imbre Tallis', 'female')]
    ],
    [
      'without that pronoun, the earlier source of the gender',
      'Karla Voss said the vote was close.\n\nFor Imbre Tallis, the count was long. “It was worth the wait,” she said.',
      [
        ['Karla Voss', 'new', 's1'],
        ['she', 'pronoun', 's1']
      ],
      [person('s1', 'Karla Voss', 'female')]
    ],
    [
      'a holiday is no person',
      'Rolf Amsel has lived in the shelter for years. On Christmas Day, he plans to cook for friends. “They are my family,” he says.',
      [
        ['he', 'pronoun', 's1'],
        ['he', 'pronoun', 's1']
      ],
      [person('s1', 'Rolf Amsel', 'male')]
    ]
  ]
  it.each(cases)('%s', (_name, input, mentions, sources) => {
    expect(read(input)).toEqual({mentions, sources})
  })
})

describe('name variants', () => {
  const cases: Array<[string, string, Array<[string, CoreferenceSieve, string]>, Expected[]]> = [
    [
      'a nickname in brackets is no part of the name',
      'Robert (Bob) Lang, the coach, said the team was ready. Lang said the game was close.',
      [
        ['Robert (Bob) Lang, the coach', 'new', 's1'],
        ['Lang', 'surname', 's1']
      ],
      [person('s1', 'Robert Lang', 'male', {description: 'the coach'})]
    ],
    [
      "a body's first word alone, its place-based modifier left out",
      'Halifax-based Tidewell Energy paid the fee. Tidewell said the deal was fair.',
      [['Tidewell', 'short-name', 's1']],
      [{id: 's1', name: 'Tidewell Energy', kind: 'organization', anonymous: false}]
    ],
    [
      'not past a legal form alone',
      'Norvik Corp. paid the fee. Norvik said the deal was fair.',
      [['Norvik', 'new', 's1']],
      [person('s1', 'Norvik', null)]
    ]
  ]
  it.each(cases)('%s', (_name, input, mentions, sources) => {
    expect(read(input)).toEqual({mentions, sources})
  })
})

describe('followingPronoun: the gender of a pronoun after a name in its clause', () => {
  const cases: Array<[string, string, ReturnType<typeof followingPronoun>]> = [
    ['past a comma and small words', 'Imbre Tallis, the count was a day she had waited for.', 'female'],
    ['a possessive', 'Imbre Tallis lost his keys.', 'male'],
    ['another name first stops the look', 'Imbre Tallis told Karl Voss he was late.', null],
    ['a sentence end stops the look', 'Imbre Tallis left. She was late.', null],
    ['a quotation stops the look', 'Imbre Tallis wrote “she is late”.', null]
  ]
  it.each(cases)('%s', (_name, input, gender) => {
    expect(followingPronoun(input, 'Imbre Tallis'.length, input.length)).toBe(gender)
  })
})
